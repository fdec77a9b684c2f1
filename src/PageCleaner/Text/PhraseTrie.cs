namespace PageCleaner.Text;

/// <summary>
/// The phrases of a set that start at a given place of a text, found by walking a trie of them one character at a
/// time: a place costs a step per character the phrases share with the text there, however many phrases begin with
/// the same letters. Most places start no phrase although their first character often does (Latin letters start
/// many phrases): a bit table of the phrases' first two characters (<see cref="CharPairFilter"/>,
/// <see cref="MayStartAt"/>) rules those out before any walk. The trie is flattened into arrays: the root's children
/// are indexed by character, every other node's children are a short run of (character, node) edges sorted by
/// character.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly int[] _rootChild;   // first character -> node (0: no phrase starts with it)
    private readonly int[] _edgeStart;   // node -> its first edge; node k's edges end where node k + 1's start
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _phraseEnding; // node -> index of the phrase that ends there, or -1
    private readonly CharPairFilter _starts;

    /// <param name="phrases">The phrases, matched ordinally; empty ones are ignored and a repeated one keeps its first index.</param>
    public PhraseTrie(IReadOnlyList<string> phrases)
    {
        // Built with a dictionary per node, then flattened in node order (nodes are numbered as created).
        var children = new List<Dictionary<char, int>> { new() };
        var ending = new List<int> { -1 };
        int maxFirst = -1;
        for (int p = 0; p < phrases.Count; p++)
        {
            string phrase = phrases[p];
            if (phrase.Length == 0) continue;
            maxFirst = Math.Max(maxFirst, phrase[0]);
            int node = 0;
            foreach (char c in phrase)
            {
                if (!children[node].TryGetValue(c, out int next))
                {
                    next = children.Count;
                    children.Add([]);
                    ending.Add(-1);
                    children[node][c] = next;
                }
                node = next;
            }
            if (ending[node] < 0) ending[node] = p;
            MaxLength = Math.Max(MaxLength, phrase.Length);
        }
        _rootChild = new int[maxFirst + 1];
        foreach (var (c, node) in children[0]) _rootChild[c] = node;
        _edgeStart = new int[children.Count + 1];
        var edgeChars = new List<char>();
        var edgeTargets = new List<int>();
        for (int node = 0; node < children.Count; node++)
        {
            _edgeStart[node] = edgeChars.Count;
            if (node == 0) continue;
            foreach (var (c, next) in children[node].OrderBy(e => e.Key))
            {
                edgeChars.Add(c);
                edgeTargets.Add(next);
            }
        }
        _edgeStart[children.Count] = edgeChars.Count;
        _edgeChar = [.. edgeChars];
        _edgeTarget = [.. edgeTargets];
        _phraseEnding = [.. ending];
        _starts = new CharPairFilter(phrases);
    }

    /// <summary>False when no phrase can start at <paramref name="index"/> of <paramref name="text"/> (a quick test; true is only a maybe).</summary>
    public bool MayStartAt(ReadOnlySpan<char> text, int index) => _starts.MayStartAt(text, index);

    /// <summary>The length of the longest phrase.</summary>
    public int MaxLength { get; }

    /// <summary>
    /// Writes the indexes of the phrases that start at <paramref name="start"/> of <paramref name="text"/> into
    /// <paramref name="found"/>, shortest first, and returns how many there are. <paramref name="found"/> needs room
    /// for <see cref="MaxLength"/> of them (one per length at most).
    /// </summary>
    public int MatchesAt(ReadOnlySpan<char> text, int start, Span<int> found)
    {
        char first = text[start];
        if (first >= _rootChild.Length) return 0;
        int node = _rootChild[first], count = 0;
        for (int i = start + 1; node != 0; i++)
        {
            if (_phraseEnding[node] >= 0) found[count++] = _phraseEnding[node];
            if (i >= text.Length) break;
            node = Child(node, text[i]);
        }
        return count;
    }

    private int Child(int node, char c)
    {
        int start = _edgeStart[node], end = _edgeStart[node + 1];
        // The edges are sorted by character: a node of many (the first letters after a common one) is searched by halves.
        if (end - start > 8)
        {
            int at = _edgeChar.AsSpan(start, end - start).BinarySearch(c);
            return at >= 0 ? _edgeTarget[start + at] : 0;
        }
        for (int e = start; e < end; e++)
        {
            char edge = _edgeChar[e];
            if (edge == c) return _edgeTarget[e];
            if (edge > c) break;
        }
        return 0;
    }
}
