using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

/// <summary>Unescaping JSON strings, as System.Text.Json does for valid text, and forgiving for what it refuses.</summary>
public sealed class JsonStringDecoderTests
{
    private static readonly JsonSerializerOptions Strict = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Decode(string content) => Decode(Encoding.UTF8.GetBytes(content));

    private static string Decode(byte[] content)
    {
        char[] buffer = new char[JsonStringDecoder.MaxCharCount(content)];
        return new string(buffer, 0, JsonStringDecoder.Decode(content, buffer));
    }

    [Fact]
    public void Every_escape_gives_its_character()
    {
        Assert.Equal("a\"b\\c/d\be\ff\ng\rh\ti<é漢😀", Decode(@"a\""b\\c\/d\be\ff\ng\rh\ti\u003C\u00e9\u6F22\ud83d\ude00"));
    }

    [Fact]
    public void Text_without_escapes_is_decoded_as_UTF8()
    {
        Assert.Equal("plain ascii, é, 漢字, 😀", Decode("plain ascii, é, 漢字, 😀"));
    }

    [Theory]
    [InlineData(@"a\ud800b", "a\uFFFDb")]
    [InlineData(@"a\udc00b", "a\uFFFDb")]
    [InlineData(@"\ud800\ud800\udc00", "\uFFFD\ud800\udc00")]
    [InlineData(@"\ude00\ud83d", "\uFFFD\uFFFD")]
    [InlineData(@"end\ud83d", "end\uFFFD")]
    [InlineData(@"\ud83d\n", "\uFFFD\n")]
    public void Unpaired_surrogate_escapes_become_the_replacement_character(string content, string expected)
    {
        Assert.Equal(expected, Decode(content));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_become_the_replacement_character()
    {
        byte[] content = [(byte)'a', 0xFF, (byte)'b', 0xC3, (byte)'\\', (byte)'n', 0xE6, 0xBC];

        Assert.Equal("a\uFFFDb\uFFFD\n\uFFFD", Decode(content));
    }

    [Fact]
    public void Any_string_written_by_a_JSON_writer_reads_back_as_the_reader_reads_it()
    {
        Gen<char> chars = Gen.OneOf(
            Gen.Choose(0, 0x7F).Select(i => (char)i),
            Gen.Choose(0x80, 0xD7FF).Select(i => (char)i),
            Gen.Elements('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '<', '&', '\'', '\u2028', '\u00e9', '漢'));
        Prop.ForAll(
            Gen.ArrayOf(chars).Select(c => new string(c)).ToArbitrary(),
            Gen.Elements(Strict, Relaxed).ToArbitrary(),
            (string text, JsonSerializerOptions options) =>
            {
                text = string.Concat(text.Select(c => char.IsSurrogate(c) ? 'x' : c)) + "😀";
                byte[] json = JsonSerializer.SerializeToUtf8Bytes(text, options);
                var reader = new Utf8JsonReader(json);
                reader.Read();
                return Decode(json[1..^1]) == reader.GetString() && reader.GetString() == text;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_name_is_unescaped_the_same_way()
    {
        Assert.Equal("na\uFFFDme", JsonStringDecoder.ToString(@"na\udc00me"u8));
        Assert.Equal("name", JsonStringDecoder.ToString("name"u8));
    }
}
