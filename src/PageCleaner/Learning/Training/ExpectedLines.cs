namespace PageCleaner.Learning.Training;

/// <summary>
/// The lines of an expected clean text, whitespace removed, for asking whether a short block stands in it as a line
/// (a heading, a dateline, a list item, the first or last piece of a wrapped line) rather than as a few words inside one.
/// </summary>
internal sealed class ExpectedLines
{
    private readonly List<string> _lines = [];

    public ExpectedLines(string expected)
    {
        foreach (string line in expected.Split('\n'))
        {
            string squeezed = CharGramSet.Squeeze(line);
            if (squeezed.Length > 0) _lines.Add(squeezed);
        }
    }

    /// <summary>True when a line equals <paramref name="squeezed"/>.</summary>
    public bool HasLine(string squeezed) => squeezed.Length > 0 && _lines.Contains(squeezed);

    /// <summary>True when a line equals <paramref name="squeezed"/>, begins with it or ends with it.</summary>
    public bool HasLineEdge(string squeezed)
    {
        if (squeezed.Length == 0) return false;
        foreach (string line in _lines)
        {
            if (line.StartsWith(squeezed, StringComparison.Ordinal) || line.EndsWith(squeezed, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
