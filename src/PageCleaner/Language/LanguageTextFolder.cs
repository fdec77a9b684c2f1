using System.Text;

namespace PageCleaner.Language;

/// <summary>
/// Reads folders of texts named by language code (<c>en.txt</c>, <c>zh-hant.txt</c>), UTF-8. Lines starting with
/// '#' are comments. A training file is one text; a test file holds several texts separated by blank lines.
/// </summary>
internal static class LanguageTextFolder
{
    /// <exception cref="PageCleanerException">The folder is missing or empty, or a file name is not a language code.</exception>
    public static List<LanguageTrainingText> ReadTraining(string folder, string shownAs)
    {
        var texts = new List<LanguageTrainingText>();
        foreach (var (code, path, shown) in Files(folder, shownAs))
        {
            texts.Add(new LanguageTrainingText(code, string.Join('\n', ContentLines(path, shown)), shown));
        }
        return texts;
    }

    /// <summary>The test texts: one per blank-line-separated paragraph, its lines joined by a space.</summary>
    /// <exception cref="PageCleanerException">As <see cref="ReadTraining"/>.</exception>
    public static List<LanguageTrainingText> ReadTests(string folder, string shownAs)
    {
        var texts = new List<LanguageTrainingText>();
        foreach (var (code, path, shown) in Files(folder, shownAs))
        {
            var paragraph = new StringBuilder();
            int number = 0;
            foreach (string line in ContentLines(path, shown).Append(""))
            {
                if (line.Trim().Length > 0)
                {
                    if (paragraph.Length > 0) paragraph.Append(' ');
                    paragraph.Append(line.Trim());
                    continue;
                }
                if (paragraph.Length == 0) continue;
                number++;
                texts.Add(new LanguageTrainingText(code, paragraph.ToString(), $"{shown} #{number}"));
                paragraph.Clear();
            }
        }
        return texts;
    }

    private static List<(string Code, string Path, string Shown)> Files(string folder, string shownAs)
    {
        if (!Directory.Exists(folder)) throw new PageCleanerException($"{shownAs}: no such folder");
        var files = new List<(string, string, string)>();
        foreach (string path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            string code = Path.GetFileNameWithoutExtension(path);
            string shown = Path.Combine(shownAs, Path.GetFileName(path));
            if (!LanguageCodes.IsWellFormed(code)) throw new PageCleanerException($"{shown}: the file name is not a language code (like en.txt or zh-hant.txt)");
            files.Add((code, path, shown));
        }
        if (files.Count == 0) throw new PageCleanerException($"{shownAs}: no texts (files named by language code, like en.txt)");
        return files;
    }

    private static IEnumerable<string> ContentLines(string path, string shown)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new PageCleanerException($"{shown}: not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PageCleanerException($"{shown}: cannot read ({e.Message})");
        }
        return text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.StartsWith('#'));
    }
}
