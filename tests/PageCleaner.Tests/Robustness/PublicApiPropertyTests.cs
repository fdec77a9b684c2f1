using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PageCleaner.Documents;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Robustness;

/// <summary>
/// Whatever it is given, the public API either returns a result that renders in every format or refuses the page
/// with <see cref="PageRejectedException"/>; nothing else comes out. And the same page gives the same result.
/// </summary>
public sealed class PublicApiPropertyTests
{
    private static readonly Cleaner Shared = Cleaner.CreateDefault();
    private static readonly Cleaner AsHtml = Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Html });
    private static readonly Cleaner Shallow = Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Html, MaxNestingDepth = 8, MaxBlockDepth = 4 });

    // Returns the rendered forms of a cleaned page, or null when the page was refused (the one allowed failure).
    private static string? Outcome(Func<CleanResult> clean)
    {
        CleanResult result;
        try
        {
            result = clean();
        }
        catch (PageRejectedException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.DoesNotContain('\n', e.Message);
            return null;
        }
        using var json = new MemoryStream();
        JsonRenderer.Write(json, result);
        string markdown = MarkdownRenderer.Render(result);
        // Strict UTF-8: a lone surrogate anywhere in the text would throw here.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        strict.GetBytes(result.Text + result.Title + markdown);
        foreach (BlockResult b in result.Blocks) strict.GetBytes(b.Text);
        return Encoding.UTF8.GetString(json.ToArray()) + "\n" + markdown;
    }

    private static void AssertDeterministic(Func<CleanResult> clean) => Assert.Equal(Outcome(clean), Outcome(clean));

    public static class Inputs
    {
        public static Arbitrary<string> Soup() => TagSoup.Arbitrary();

        /// <summary>Text mixing every kind of UTF-16 unit: ASCII markup, CJK, controls, NULs, lone surrogates.</summary>
        public static Arbitrary<char[]> AnyChars() => Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("<p>Ab c. </p>&#xD800;&amp;\n\t ".ToCharArray())),
            (2, Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c)),
            (1, Gen.Choose(0, 0x1F).Select(c => (char)c)),
            (1, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)))).ToArbitrary();
    }

    [Property(MaxTest = 200)]
    public void Random_bytes_are_cleaned_or_refused(byte[] bytes) => AssertDeterministic(() => Shared.Clean(bytes ?? []));

    [Property(Arbitrary = [typeof(Inputs)], MaxTest = 200)]
    public void Random_tag_soup_is_cleaned_or_refused_as_bytes_and_as_text(string soup)
    {
        AssertDeterministic(() => AsHtml.Clean(Encoding.UTF8.GetBytes(soup)));
        AssertDeterministic(() => Shared.Clean(soup));
    }

    [Property(Arbitrary = [typeof(Inputs)], MaxTest = 200)]
    public void Random_utf16_text_with_lone_surrogates_is_cleaned_or_refused(char[] chars) =>
        AssertDeterministic(() => AsHtml.Clean(new string(chars ?? [])));

    [Property(MaxTest = 100)]
    public void Random_nesting_is_cleaned_or_refused(PositiveInt depth, byte[] choices)
    {
        // Nested elements picked by the bytes, some left unclosed, deeper than a small flattening limit.
        string[] tags = ["div", "span", "p", "li", "table", "td", "a", "b", "section", "ul"];
        byte[] picks = choices is { Length: > 0 } ? choices : [0];
        int n = depth.Get % 300;
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < n; i++) sb.Append('<').Append(tags[picks[i % picks.Length] % tags.Length]).Append(">level ").Append(i).Append(' ');
        for (int i = n - 1; i >= 0; i -= 2) sb.Append("</").Append(tags[picks[i % picks.Length] % tags.Length]).Append('>');
        string html = sb.ToString();
        AssertDeterministic(() => Shallow.Clean(html));
    }

    [Property(MaxTest = 150)]
    public void Text_in_random_encodings_with_true_false_or_no_declarations_is_cleaned_or_refused(NonEmptyString text, byte encodingPick, byte declarationPick, bool bom)
    {
        string[] names = ["utf-8", "utf-16", "utf-16BE", "gb18030", "big5", "shift_jis", "euc-kr", "windows-1251", "windows-1252", "iso-8859-1"];
        Encoding encoding = CodePages.Get(names[encodingPick % names.Length]);
        string declared = names[declarationPick % names.Length];
        string head = (declarationPick % 3) switch
        {
            0 => "",
            1 => $"<meta charset=\"{declared}\">",
            _ => $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={declared}\">",
        };
        string page = $"<html><head>{head}<title>t</title></head><body><p>{text.Get} 新闻 Новости ニュース</p></body></html>";
        byte[] body = encoding.GetBytes(page);
        byte[] bytes = bom ? [.. encoding.GetPreamble(), .. body] : body;
        AssertDeterministic(() => Shared.Clean(bytes));
    }

    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static Encoding Get(string name) => Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
