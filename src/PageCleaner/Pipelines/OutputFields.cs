using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PageCleaner.Rendering;

namespace PageCleaner.Pipelines;

/// <summary>
/// The fields the pipelines add to a record: <c>clean_text</c>, <c>spam</c>, <c>spam_score</c>, <c>obfuscated</c>,
/// <c>language</c>, optionally <c>blocks</c>, or <c>error</c> (each name with the options' prefix). They are written as
/// a JSON object of their own, whose members are then appended to the record's.
/// </summary>
internal sealed class OutputFields
{
    /// <summary>Non-ASCII text is written as it is; quotes, backslashes and control characters are escaped.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PipelineOptions _options;
    private readonly HashSet<string> _names;

    public OutputFields(PipelineOptions options)
    {
        _options = options;
        string p = options.FieldPrefix;
        CleanText = p + "clean_text";
        Spam = p + "spam";
        SpamScore = p + "spam_score";
        Obfuscated = p + "obfuscated";
        Language = p + "language";
        Blocks = p + "blocks";
        Error = p + "error";
        Line = p + "line";
        _names = new HashSet<string>(StringComparer.Ordinal) { CleanText, Spam, SpamScore, Obfuscated, Language, Error };
        if (options.IncludeBlocks) _names.Add(Blocks);
    }

    public string CleanText { get; }
    public string Spam { get; }
    public string SpamScore { get; }
    public string Obfuscated { get; }
    public string Language { get; }
    public string Blocks { get; }
    public string Error { get; }
    public string Line { get; }

    /// <summary>Whether a record's own member of this name gives way to the added fields (it would be a duplicate key).</summary>
    public bool Replaces(string name) => _names.Contains(name);

    /// <summary>Writes the clean fields of <paramref name="result"/> into the open object.</summary>
    public void WriteClean(Utf8JsonWriter w, CleanResult result)
    {
        w.WriteString(CleanText, result.Text);
        w.WriteBoolean(Spam, result.Verdict.Spam);
        w.WriteNumber(SpamScore, Math.Round(result.Verdict.SpamScore, 4));
        if (_options.ObfuscationCheck is { } check) w.WriteBoolean(Obfuscated, check(result));
        else w.WriteNull(Obfuscated);
        if (_options.LanguageOf?.Invoke(result) is string language) w.WriteString(Language, language);
        else w.WriteNull(Language);
        if (!_options.IncludeBlocks) return;
        w.WriteStartArray(Blocks);
        foreach (BlockResult b in result.Blocks) JsonRenderer.WriteBlock(w, b);
        w.WriteEndArray();
    }

    /// <summary>A JSON object holding what <paramref name="write"/> writes.</summary>
    public static byte[] Object(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
