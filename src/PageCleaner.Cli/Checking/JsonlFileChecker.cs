using System.Globalization;
using System.Text;
using System.Text.Json;
using PageCleaner.Cli.Output;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// Checks a JSONL file document by document; findings carry the document's line. Under <c>--fix</c> each document
/// whose <c>text</c> field has failing findings gets that field back without the flagged lines, and the file is
/// rewritten once, atomically, other lines byte for byte; a document read from its <c>html</c> field is not edited.
/// </summary>
internal static class JsonlFileChecker
{
    public static FileCheck Check(CheckTarget target, CheckPolicy policy, CheckCleaners cleaners, bool fix)
    {
        var findings = new List<Finding>();
        var errors = new List<string>();
        var notes = new List<string>();
        var replacements = new Dictionary<int, string>();
        int htmlNotFixed = 0;
        using (FileStream stream = File.OpenRead(target.FullPath))
        {
            var reader = new JsonlLineReader(stream, cleaners.Text.Options.MaxPageBytes);
            while (reader.TryRead(out byte[]? line))
            {
                int number = reader.LineNumber;
                string where = $"{target.Display}:{number.ToString(CultureInfo.InvariantCulture)}";
                if (line is null)
                {
                    errors.Add($"{where}: line longer than the page limit of {cleaners.Text.Options.MaxPageBytes.ToString(CultureInfo.InvariantCulture)} bytes");
                    continue;
                }
                if (IsBlank(line)) continue;
                JsonlDocument? document = JsonlDocument.TryRead(line, out string? problem);
                if (document is null)
                {
                    errors.Add($"{where}: {problem}");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(document.Value)) continue;
                bool html = document.Field == JsonlDocument.HtmlField;
                CleanResult result;
                try
                {
                    result = (html ? cleaners.Html : cleaners.Text).Clean(document.Value, target.Display);
                }
                catch (PageCleanerException e)
                {
                    errors.Add($"{where}: {e.Message}");
                    continue;
                }
                List<Finding> found = FindingCollector.Collect(result, policy, target.Display, number);
                findings.AddRange(found);
                if (FindingCollector.ObfuscationNote(result, policy, target.Display, number) is { } note) notes.Add(note);
                if (!fix || found.TrueForAll(f => f.Allowed)) continue;
                if (html)
                {
                    htmlNotFixed++;
                    continue;
                }
                HashSet<int> failingLines = FindingCollector.FailingLines(result, policy);
                if (failingLines.Count == 0) continue; // only the page is obfuscated: no line to remove
                string cleaned = LineRemover.Remove(document.Value, failingLines);
                try
                {
                    replacements[number] = JsonlDocument.WithField(line, JsonlDocument.TextField, cleaned);
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
                {
                    errors.Add($"{where}: cannot be rewritten ({e.Message})");
                }
            }
        }
        if (replacements.Count > 0) AtomicFile.Write(target.FullPath, Rewrite(File.ReadAllBytes(target.FullPath), replacements));
        return new FileCheck(target, findings, errors, FixNote(replacements.Count, htmlNotFixed), replacements.Count > 0, notes);
    }

    private static string? FixNote(int rewritten, int htmlNotFixed)
    {
        var parts = new List<string>();
        if (rewritten > 0) parts.Add($"rewritten: the flagged lines removed from the text of {Count(rewritten, "document")}");
        if (htmlNotFixed > 0) parts.Add($"not rewritten: {Count(htmlNotFixed, "document")} read from an html field (--fix does not edit HTML)");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    // Lines are numbered as JsonlLineReader numbers them (LF-separated); a replaced line keeps its own line end.
    private static byte[] Rewrite(byte[] bytes, Dictionary<int, string> replacements)
    {
        using var output = new MemoryStream(bytes.Length);
        int line = 1, start = 0;
        while (start < bytes.Length)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', start);
            int end = newline < 0 ? bytes.Length : newline;
            int contentEnd = end > start && bytes[end - 1] == (byte)'\r' ? end - 1 : end;
            if (replacements.TryGetValue(line, out string? json))
            {
                // A byte order mark before line 1 stays in front of it.
                if (line == 1 && bytes.AsSpan(start, contentEnd - start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) output.Write(bytes, 0, 3);
                output.Write(Encoding.UTF8.GetBytes(json));
                output.Write(bytes, contentEnd, (newline < 0 ? bytes.Length : newline + 1) - contentEnd);
            }
            else
            {
                output.Write(bytes, start, (newline < 0 ? bytes.Length : newline + 1) - start);
            }
            if (newline < 0) break;
            line++;
            start = newline + 1;
        }
        return output.ToArray();
    }

    private static bool IsBlank(byte[] line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        }
        return true;
    }
}
