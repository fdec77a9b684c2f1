namespace PageCleaner.Cli.Checking;

/// <summary>
/// A path pattern of the config's <c>include</c> and <c>exclude</c> lists, matched case-insensitively against a
/// '/'-separated path relative to the config's folder. A pattern without '/' matches the file name in any folder
/// (<c>*.html</c>); one with '/' matches the whole relative path (<c>archive/**/*.txt</c>), where <c>**</c> is any
/// number of folders, <c>*</c> any characters but '/', <c>?</c> one, <c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c> one of
/// (or none of) a set. A trailing '/' means everything under that folder.
/// </summary>
internal sealed class GlobPattern
{
    private readonly string[] _segments;
    private readonly bool _nameOnly;

    private GlobPattern(string text, string[] segments, bool nameOnly)
    {
        Text = text;
        _segments = segments;
        _nameOnly = nameOnly;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="pattern"/>; on a malformed pattern returns null and says why.</summary>
    public static GlobPattern? TryParse(string pattern, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        problem = null;
        string body = pattern.Trim();
        if (body.Length == 0)
        {
            problem = "is empty";
            return null;
        }
        if (body.Contains('\\', StringComparison.Ordinal))
        {
            problem = "contains '\\' (use '/' between folders)";
            return null;
        }
        if (body.EndsWith('/')) body += "**";
        bool nameOnly = !body.Contains('/', StringComparison.Ordinal);
        string[] segments = body.TrimStart('/').Split('/');
        foreach (string segment in segments)
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                problem = "has an empty, '.' or '..' folder part";
                return null;
            }
            if (segment != "**" && segment.Contains("**", StringComparison.Ordinal))
            {
                problem = "uses '**' inside a name ('**' must stand alone between slashes)";
                return null;
            }
            if (!ClassesAreClosed(segment))
            {
                problem = "has a '[' without its ']'";
                return null;
            }
        }
        return new GlobPattern(pattern, segments, nameOnly);
    }

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        string[] parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return false;
        if (_nameOnly) return SegmentMatches(_segments[0], parts[^1]);
        return Matches(0, parts, 0);
    }

    private bool Matches(int si, string[] parts, int pi)
    {
        while (si < _segments.Length)
        {
            if (_segments[si] == "**")
            {
                // '**' takes zero or more folders; try each split (patterns are short, paths shallow). At the end of
                // the pattern it must take at least the file name: "drafts/**" is what is under drafts, not drafts.
                int first = si == _segments.Length - 1 ? pi + 1 : pi;
                for (int skip = first; skip <= parts.Length; skip++)
                {
                    if (Matches(si + 1, parts, skip)) return true;
                }
                return false;
            }
            if (pi >= parts.Length || !SegmentMatches(_segments[si], parts[pi])) return false;
            si++;
            pi++;
        }
        return pi == parts.Length;
    }

    // Wildcard match within one path part: '*' backtracks to the last star, the usual linear-time scheme.
    private static bool SegmentMatches(string pattern, string name)
    {
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
                continue;
            }
            if (p < pattern.Length && MatchOne(pattern, ref p, name[n]))
            {
                n++;
                continue;
            }
            if (starP < 0) return false;
            p = starP + 1;
            n = ++starN;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    // Matches one character at pattern[p] ('?', a class or a literal); advances p past it when it matches.
    private static bool MatchOne(string pattern, ref int p, char c)
    {
        char pc = pattern[p];
        if (pc == '?')
        {
            p++;
            return true;
        }
        if (pc != '[')
        {
            if (char.ToUpperInvariant(pc) != char.ToUpperInvariant(c)) return false;
            p++;
            return true;
        }
        int i = p + 1;
        bool negate = i < pattern.Length && pattern[i] is '!' or '^';
        if (negate) i++;
        bool found = false;
        bool first = true;
        char upper = char.ToUpperInvariant(c);
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            char lo = char.ToUpperInvariant(pattern[i]);
            char hi = lo;
            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                hi = char.ToUpperInvariant(pattern[i + 2]);
                i += 2;
            }
            if (upper >= lo && upper <= hi) found = true;
            i++;
        }
        if (found == negate) return false;
        p = i + 1;
        return true;
    }

    private static bool ClassesAreClosed(string segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            if (segment[i] != '[') continue;
            int j = i + 1;
            if (j < segment.Length && segment[j] is '!' or '^') j++;
            if (j < segment.Length && segment[j] == ']') j++; // a ']' first in the set is a literal
            while (j < segment.Length && segment[j] != ']') j++;
            if (j >= segment.Length) return false;
            i = j;
        }
        return true;
    }
}
