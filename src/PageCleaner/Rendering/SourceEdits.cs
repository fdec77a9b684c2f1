using System.Text;

namespace PageCleaner.Rendering;

/// <summary>
/// Edits to a page's source text, collected in any order and applied in one pass: insertions at positions and
/// removed ranges. Editing the source instead of re-serialising the parsed tree keeps every untouched byte as the
/// page had it, so the edited page parses into the same tree.
/// </summary>
internal sealed class SourceEdits
{
    private readonly record struct Insertion(int Position, int Order, string Text);

    private readonly List<Insertion> _insertions = [];
    private readonly List<(int Start, int End)> _removals = [];

    /// <summary>Inserts <paramref name="text"/> before the character at <paramref name="position"/>; at one position, insertions keep the order they were made in.</summary>
    public void Insert(int position, string text) => _insertions.Add(new Insertion(position, _insertions.Count, text));

    /// <summary>Removes the characters from <paramref name="start"/> up to, not including, <paramref name="end"/>. Insertions strictly inside are dropped.</summary>
    public void Remove(int start, int end)
    {
        if (end > start) _removals.Add((start, end));
    }

    public string Apply(string source)
    {
        _insertions.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        List<(int Start, int End)> removals = MergedRemovals(source.Length);
        var sb = new StringBuilder(source.Length + (_insertions.Count * 24));
        int copied = 0, r = 0;
        foreach (Insertion insertion in _insertions)
        {
            int at = Math.Clamp(insertion.Position, 0, source.Length);
            // Copy up to the insertion point, skipping removed ranges that end at or before it.
            while (r < removals.Count && removals[r].Start < at)
            {
                if (removals[r].End > at) break;
                sb.Append(source, copied, removals[r].Start - copied);
                copied = removals[r].End;
                r++;
            }
            if (r < removals.Count && removals[r].Start < at) continue; // inside a removed range
            sb.Append(source, copied, at - copied);
            copied = at;
            sb.Append(insertion.Text);
        }
        for (; r < removals.Count; r++)
        {
            sb.Append(source, copied, removals[r].Start - copied);
            copied = removals[r].End;
        }
        sb.Append(source, copied, source.Length - copied);
        return sb.ToString();
    }

    private List<(int Start, int End)> MergedRemovals(int length)
    {
        var sorted = _removals
            .Select(r => (Start: Math.Clamp(r.Start, 0, length), End: Math.Clamp(r.End, 0, length)))
            .Where(r => r.End > r.Start)
            .OrderBy(r => r.Start)
            .ToList();
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }
}
