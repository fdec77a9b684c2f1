namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// A part file made of <c>[name]</c> sections, each followed by one entry per line. Blank lines and lines starting
/// with <c>#</c> are ignored.
/// </summary>
internal sealed class SectionFile
{
    private readonly Dictionary<string, List<string>> _sections;

    private SectionFile(string path, Dictionary<string, List<string>> sections)
    {
        Path = path;
        _sections = sections;
    }

    public string Path { get; }

    public IEnumerable<string> Names => _sections.Keys;

    public static SectionFile Parse(string path, string content)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                string name = line[1..^1].Trim();
                if (sections.ContainsKey(name)) throw new PartsException($"{path}:{i + 1}: section [{name}] appears twice");
                current = [];
                sections.Add(name, current);
                continue;
            }
            if (current is null) throw new PartsException($"{path}:{i + 1}: text before the first [section]");
            current.Add(line);
        }
        return new SectionFile(path, sections);
    }

    public bool Has(string name) => _sections.TryGetValue(name, out List<string>? lines) && lines.Count > 0;

    /// <summary>The entries of a section that must be present and non-empty.</summary>
    public IReadOnlyList<string> Get(string name) =>
        _sections.TryGetValue(name, out List<string>? lines) && lines.Count > 0
            ? lines
            : throw new PartsException($"{Path}: section [{name}] is missing or empty");

    public IReadOnlyList<string> GetOrEmpty(string name) => _sections.TryGetValue(name, out List<string>? lines) ? lines : [];
}
