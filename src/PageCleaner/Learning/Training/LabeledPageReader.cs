using System.Security.Cryptography;
using System.Text;
using PageCleaner.Documents;
using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Training;

/// <summary>Finds and reads labeled samples: annotated HTML (<c>data-pc-label</c>) and labeled text dumps.</summary>
internal static class LabeledPageReader
{
    /// <summary>The labeled files under each path (a file or a folder, searched recursively), sorted, with their path relative to the folder given.</summary>
    public static List<(string FullPath, string Relative)> Find(IEnumerable<string> paths)
    {
        var found = new List<(string, string)>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                found.Add((Path.GetFullPath(path), Path.GetFileName(path)));
                continue;
            }
            if (!Directory.Exists(path)) throw new PageCleanerException($"{path}: no such file or folder");
            string root = Path.GetFullPath(path);
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (IsLabeledFile(file)) found.Add((file, Path.GetRelativePath(root, file).Replace('\\', '/')));
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return found;
    }

    public static bool IsLabeledFile(string path) =>
        path.EndsWith(LabeledTextDump.Extension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public static LabeledPage Read(string fullPath, string relative, CleanerOptions options)
    {
        byte[] bytes = File.ReadAllBytes(fullPath);
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        SegmentedPage page;
        if (fullPath.EndsWith(LabeledTextDump.Extension, StringComparison.OrdinalIgnoreCase))
        {
            var (text, labels) = LabeledTextDump.Parse(DecodeUtf8(bytes, relative), relative);
            var encoding = new DetectedEncoding("utf-8", EncodingEvidence.Caller, "labeled text dumps are UTF-8");
            page = TextSegmenter.Segment(text, encoding, labels);
        }
        else
        {
            page = PageReader.Read(bytes, options with { Input = InputKind.Html }, readAnnotations: true);
        }
        return new LabeledPage(relative, sha, page);
    }

    private static string DecodeUtf8(byte[] bytes, string origin)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PageCleanerException($"{origin}: labeled text dumps must be UTF-8");
        }
    }
}
