namespace PageCleaner.Language;

/// <summary>Letters of a text counted per script (see <see cref="ScriptClassifier.Histogram"/>).</summary>
public struct ScriptHistogram
{
    private ScriptCounts _counts;

    /// <summary>All letters counted.</summary>
    public int Total { get; private set; }

    /// <summary>The letters of one script.</summary>
    public readonly int this[UnicodeScript script] => (int)script < ScriptCounts.Length ? _counts[(int)script] : 0;

    /// <summary>The script with the most letters (the lowest enum value on a tie); <see cref="UnicodeScript.Unknown"/>
    /// when there are none.</summary>
    public readonly UnicodeScript Dominant
    {
        get
        {
            int best = 0;
            for (int i = 1; i < ScriptCounts.Length; i++)
            {
                if (_counts[i] > _counts[best]) best = i;
            }
            return _counts[best] > 0 ? (UnicodeScript)best : UnicodeScript.Unknown;
        }
    }

    internal void Add(UnicodeScript script, int count = 1)
    {
        _counts[(int)script] += count;
        Total += count;
    }
}
