using System.Text.Encodings.Web;
using System.Text.Json;
using PageCleaner.Documents;
using PageCleaner.Text;

namespace PageCleaner.Rendering;

/// <summary>
/// One JSON object per page: <c>{"source","format","encoding","encodingDetail","title","language","text",
/// "verdict":{"spam","spamScore","spamBlocks","obfuscated","obfuscation":{"pinyinAnnotations","zeroWidth","homoglyphs","kinds"}},
/// "blocks":[{"index","label","score","text","path" or "line","hidden","hiddenReasons"?}]}</c>.
/// </summary>
public static class JsonRenderer
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="result"/> as one compact JSON object (no trailing newline).</summary>
    public static void Write(Stream output, CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("source", result.Source);
        w.WriteString("format", result.Format == InputKind.Text ? "text" : "html");
        w.WriteString("encoding", result.Encoding.Name);
        w.WriteString("encodingDetail", result.Encoding.Detail);
        w.WriteString("title", result.Title);
        w.WriteString("language", result.Language);
        w.WriteString("text", result.Text);
        w.WriteStartObject("verdict");
        w.WriteBoolean("spam", result.Verdict.Spam);
        w.WriteNumber("spamScore", Math.Round(result.Verdict.SpamScore, 4));
        w.WriteStartArray("spamBlocks");
        foreach (int index in result.Verdict.SpamBlocks) w.WriteNumberValue(index);
        w.WriteEndArray();
        WriteObfuscation(w, result.Verdict);
        w.WriteEndObject();
        w.WriteStartArray("blocks");
        foreach (BlockResult b in result.Blocks) WriteBlock(w, b);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One block as the <c>json</c> format and JSON Lines' <c>blocks</c> field write it.</summary>
    internal static void WriteBlock(Utf8JsonWriter w, BlockResult b)
    {
        w.WriteStartObject();
        w.WriteNumber("index", b.Index);
        w.WriteString("label", BlockLabels.Name(b.Label));
        w.WriteNumber("score", Math.Round(b.Score, 4));
        w.WriteString("text", b.Text);
        if (b.Path is not null) w.WriteString("path", b.Path);
        w.WriteNumber("line", b.Line);
        w.WriteBoolean("hidden", b.Hidden);
        if (b.HiddenReasons != HiddenReasons.None)
        {
            w.WriteStartArray("hiddenReasons");
            foreach (string reason in HiddenReasonNames.Of(b.HiddenReasons)) w.WriteStringValue(reason);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    // "obfuscated" and "obfuscation":{"pinyinAnnotations","zeroWidth","homoglyphs","kinds":[...]}.
    private static void WriteObfuscation(Utf8JsonWriter w, PageVerdict verdict)
    {
        ObfuscationReport report = verdict.Obfuscation;
        w.WriteBoolean("obfuscated", report.Obfuscated);
        w.WriteStartObject("obfuscation");
        w.WriteNumber("pinyinAnnotations", report.PinyinAnnotations);
        w.WriteNumber("zeroWidth", report.ZeroWidth);
        w.WriteNumber("homoglyphs", report.Homoglyphs);
        w.WriteStartArray("kinds");
        foreach (string kind in ObfuscationKindNames.Of(report.Kinds)) w.WriteStringValue(kind);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON object as a string.</summary>
    public static string Render(CleanResult result)
    {
        using var ms = new MemoryStream();
        Write(ms, result);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
