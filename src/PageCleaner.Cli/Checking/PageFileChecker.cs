using System.Globalization;
using PageCleaner.Cli.Output;
using PageCleaner.Documents;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// Checks one page file (HTML or a text dump). Under <c>--fix</c> a text dump is written back without the lines of
/// its failing findings; HTML is never rewritten (removing an element by its block path could take text that is not
/// part of the block, and re-serialising the markup would change bytes the user did not ask to change).
/// </summary>
internal static class PageFileChecker
{
    public static FileCheck Check(CheckTarget target, CheckPolicy policy, Cleaner cleaner, bool fix)
    {
        long length = new FileInfo(target.FullPath).Length;
        long limit = cleaner.Options.MaxPageBytes;
        if (length > limit) return FileCheck.Failed(target, $"{length.ToString(CultureInfo.InvariantCulture)} bytes, over the page limit of {limit.ToString(CultureInfo.InvariantCulture)} bytes");
        byte[] bytes = File.ReadAllBytes(target.FullPath);
        if (IsBlank(bytes)) return new FileCheck(target, [], [], null, false); // nothing in it can be spam
        CleanResult result = cleaner.Clean(bytes, target.Display);
        List<Finding> findings = FindingCollector.Collect(result, policy, target.Display);
        string[] notes = FindingCollector.ObfuscationNote(result, policy, target.Display) is { } note ? [note] : [];
        if (!fix || findings.TrueForAll(f => f.Allowed)) return new FileCheck(target, findings, [], null, false, notes);

        string? refusal = WhyNotRewritable(result, bytes);
        if (refusal is not null) return new FileCheck(target, findings, [], "not rewritten: " + refusal, false, notes);
        HashSet<int> lines = FindingCollector.FailingLines(result, policy);
        // An obfuscated page alone has no lines to remove: its marks are in the article itself.
        if (lines.Count == 0) return new FileCheck(target, findings, [], "not rewritten: --fix removes flagged lines, and an obfuscated page has none ('pagecleaner clean --repair' gives its text without the marks)", false, notes);
        AtomicFile.Write(target.FullPath, LineRemover.Remove(bytes, lines));
        string count = lines.Count.ToString(CultureInfo.InvariantCulture);
        return new FileCheck(target, findings, [], $"rewritten without the {count} flagged line{(lines.Count == 1 ? "" : "s")}", true);
    }

    private static string? WhyNotRewritable(CleanResult result, ReadOnlySpan<byte> bytes)
    {
        if (result.Format == InputKind.Html) return "--fix does not edit HTML; delete the flagged blocks by hand or allow their hashes";
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) return "the file is gzip-compressed";
        if (result.Encoding.Name.StartsWith("utf-16", StringComparison.Ordinal) || result.Encoding.Name.StartsWith("utf-32", StringComparison.Ordinal))
            return $"lines cannot be removed byte-wise from {result.Encoding.Name}";
        return null;
    }

    // Whitespace, after a UTF-8 byte order mark if there is one.
    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }
}
