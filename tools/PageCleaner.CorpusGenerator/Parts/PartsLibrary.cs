using System.Text;

namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// Everything the generator composes pages from, read from a parts folder (training-data/parts):
/// <c>articles/LANG/*.txt</c>, <c>furniture/LANG.txt</c>, <c>spam/LANG.txt</c> and <c>pinyin.txt</c>.
/// </summary>
internal sealed class PartsLibrary
{
    private PartsLibrary(
        SortedDictionary<string, List<ArticlePart>> articles,
        SortedDictionary<string, Vocabulary> furniture,
        SortedDictionary<string, SpamVocabulary> spam,
        IReadOnlyDictionary<char, string> pinyin)
    {
        Articles = articles;
        Furniture = furniture;
        Spam = spam;
        Pinyin = pinyin;
    }

    /// <summary>Articles per language, in file-name order.</summary>
    public SortedDictionary<string, List<ArticlePart>> Articles { get; }

    public SortedDictionary<string, Vocabulary> Furniture { get; }

    public SortedDictionary<string, SpamVocabulary> Spam { get; }

    /// <summary>Traditional characters and the pinyin a content farm annotates them with.</summary>
    public IReadOnlyDictionary<char, string> Pinyin { get; }

    public static PartsLibrary Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new PartsException($"{folder}: parts folder not found");
        var articles = new SortedDictionary<string, List<ArticlePart>>(StringComparer.Ordinal);
        string articleRoot = Path.Combine(folder, "articles");
        foreach (string dir in Sorted(Directory.Exists(articleRoot) ? Directory.GetDirectories(articleRoot) : []))
        {
            string language = Path.GetFileName(dir);
            var list = new List<ArticlePart>();
            foreach (string file in Sorted(Directory.GetFiles(dir, "*.txt")))
            {
                string id = $"{language}/{Path.GetFileNameWithoutExtension(file)}";
                list.Add(ArticleParser.Parse(file, id, language, Read(file)));
            }
            if (list.Count > 0) articles.Add(language, list);
        }
        if (articles.Count == 0) throw new PartsException($"{articleRoot}: no articles (expected articles/LANG/*.txt)");

        var furniture = new SortedDictionary<string, Vocabulary>(StringComparer.Ordinal);
        foreach (string file in Sorted(Files(Path.Combine(folder, "furniture"))))
        {
            string language = Path.GetFileNameWithoutExtension(file);
            furniture.Add(language, new Vocabulary(language, SectionFile.Parse(file, Read(file))));
        }
        foreach (string language in articles.Keys)
        {
            if (!furniture.ContainsKey(language)) throw new PartsException($"{Path.Combine(folder, "furniture", language + ".txt")}: missing (articles in '{language}' need furniture words)");
        }

        var spam = new SortedDictionary<string, SpamVocabulary>(StringComparer.Ordinal);
        foreach (string file in Sorted(Files(Path.Combine(folder, "spam"))))
        {
            string language = Path.GetFileNameWithoutExtension(file);
            spam.Add(language, new SpamVocabulary(language, SectionFile.Parse(file, Read(file))));
        }
        if (spam.Count == 0) throw new PartsException($"{Path.Combine(folder, "spam")}: no spam vocabularies");

        return new PartsLibrary(articles, furniture, spam, ReadPinyin(Path.Combine(folder, "pinyin.txt")));
    }

    private static Dictionary<char, string> ReadPinyin(string file)
    {
        var table = new Dictionary<char, string>();
        if (!File.Exists(file)) return table;
        SectionFile sections = SectionFile.Parse(file, Read(file));
        foreach (string line in sections.Get("pinyin"))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[0].Length != 1) throw new PartsException($"{file}: '{line}' is not 'CHARACTER pinyin'");
            table[parts[0][0]] = parts[1];
        }
        return table;
    }

    private static string[] Files(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*.txt") : throw new PartsException($"{dir}: folder not found");

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    private static string Read(string file)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PartsException($"{file}: not UTF-8");
        }
    }
}
