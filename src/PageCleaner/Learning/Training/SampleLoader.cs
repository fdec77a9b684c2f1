using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PageCleaner.Documents;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Learning.Training;

/// <summary>Reads a <see cref="SampleFile"/> through the cleaner's own pipeline and attaches its labels.</summary>
internal static class SampleLoader
{
    public static IEnumerable<LabeledPage> Load(SampleFile file, CleanerOptions options)
    {
        byte[] bytes = File.ReadAllBytes(file.FullPath);
        switch (file.Kind)
        {
            case SampleKind.LabeledDump:
                var (text, labels) = LabeledTextDump.Parse(DecodeUtf8(bytes, file.Relative), file.Relative);
                var encoding = new DetectedEncoding("utf-8", EncodingEvidence.Caller, "labeled text dumps are UTF-8");
                yield return new LabeledPage(file.Relative, Sha(bytes), TextSegmenter.Segment(text, encoding, labels), LabelsChecked: true);
                break;
            case SampleKind.AnnotatedHtml:
                yield return new LabeledPage(file.Relative, Sha(bytes), PageReader.Read(bytes, options with { Input = InputKind.Html }, readAnnotations: true), LabelsChecked: true);
                break;
            case SampleKind.PageWithExpectedText:
                string expected = DecodeUtf8(File.ReadAllBytes(file.CompanionPath!), file.CompanionPath!);
                SegmentedPage page = PageReader.Read(bytes, options, readAnnotations: true);
                bool[] spam = MarkedSpam(page);
                ExpectedTextAligner.Label(page, expected);
                KeepSpam(page, spam);
                yield return new LabeledPage(file.Relative, Sha(bytes), page, expected);
                break;
            case SampleKind.PageWithSnippets:
                var (with, without) = ReadSnippets(file.CompanionPath!);
                SegmentedPage snipped = PageReader.Read(bytes, options, readAnnotations: true);
                bool[] marked = MarkedSpam(snipped);
                SnippetLabeler.Label(snipped, with, without);
                KeepSpam(snipped, marked);
                yield return new LabeledPage(file.Relative, Sha(bytes), snipped);
                break;
            case SampleKind.JsonLines:
                foreach (LabeledPage record in ReadJsonLines(file, bytes, options)) yield return record;
                break;
        }
    }

    // Alignment with expected text only tells content from the rest; spam it cannot see. A page may therefore mark
    // injected blocks data-pc-label="spam" (as the spam-injection tool's training sets do), and that label wins.
    private static bool[] MarkedSpam(SegmentedPage page) => page.Blocks.Select(b => b.Annotation == BlockLabel.Spam).ToArray();

    private static void KeepSpam(SegmentedPage page, bool[] spam)
    {
        for (int i = 0; i < spam.Length; i++)
        {
            if (spam[i]) page.Blocks[i].Annotation = BlockLabel.Spam;
        }
    }

    private static IEnumerable<LabeledPage> ReadJsonLines(SampleFile file, byte[] bytes, CleanerOptions options)
    {
        List<string> lines = TextSegmenter.SplitLines(DecodeUtf8(bytes, file.Relative));
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            string origin = $"{file.Relative}:{i + 1}";
            string? page, expected;
            InputKind kind;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(lines[i]);
                JsonElement root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw new PageCleanerException($"{origin}: not a JSON object");
                kind = root.TryGetProperty("html", out _) ? InputKind.Html : InputKind.Text;
                page = StringMember(root, kind == InputKind.Html ? "html" : "text");
                expected = StringMember(root, "expected");
            }
            catch (JsonException e)
            {
                throw new PageCleanerException($"{origin}: not a JSON object ({e.Message})", e);
            }
            if (page is null || expected is null) throw new PageCleanerException($"{origin}: a record needs \"html\" or \"text\", and \"expected\"");
            SegmentedPage segmented = PageReader.Read(page, options with { Input = kind });
            ExpectedTextAligner.Label(segmented, expected);
            yield return new LabeledPage($"{file.Relative}#{i + 1}", Sha(Encoding.UTF8.GetBytes(lines[i])), segmented, expected);
        }
    }

    /// <summary>The must-have (<c>with</c>) and must-not-have (<c>without</c>) snippets of a snippets file.</summary>
    internal static (List<string> With, List<string> Without) ReadSnippets(string path)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return (Strings(doc.RootElement, "with"), Strings(doc.RootElement, "without"));
        }
        catch (JsonException e)
        {
            throw new PageCleanerException($"{path}: not a snippets file ({e.Message})", e);
        }
    }

    private static List<string> Strings(JsonElement root, string name)
    {
        var list = new List<string>();
        if (root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement s in array.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String) list.Add(Unescaped(s));
            }
        }
        return list;
    }

    // A member's string, or null when it is missing or not a string.
    private static string? StringMember(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? Unescaped(value) : null;

    // A JSON string read as cleaning reads a JSONL record's page: an escape of half a surrogate pair, which
    // JsonElement.GetString refuses with an exception, becomes U+FFFD.
    private static string Unescaped(JsonElement value)
    {
        ReadOnlySpan<byte> quoted = JsonMarshal.GetRawUtf8Value(value);
        return JsonStringDecoder.ToString(quoted[1..^1]);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string DecodeUtf8(byte[] bytes, string origin)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PageCleanerException($"{origin}: must be UTF-8");
        }
    }
}
