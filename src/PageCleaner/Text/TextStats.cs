namespace PageCleaner.Text;

/// <summary>Counts over one block's text, taken in a single pass; the raw material of the text features.</summary>
internal readonly struct TextStats
{
    /// <summary>Non-whitespace characters.</summary>
    public int Chars { get; init; }

    /// <summary>Tokens, CJK-aware: each Han or kana character is a token, other letter/digit runs are one token each.</summary>
    public int Tokens { get; init; }

    /// <summary>Han and kana characters (each one token).</summary>
    public int CharTokens { get; init; }

    /// <summary>Han, kana and Hangul characters.</summary>
    public int CjkChars { get; init; }

    public int Letters { get; init; }
    public int Uppercase { get; init; }
    public int Digits { get; init; }

    /// <summary>All punctuation and symbol characters.</summary>
    public int Punctuation { get; init; }

    /// <summary>Sentence-ending marks (. ! ? 。！？ … and others) followed by space, end or a CJK character.</summary>
    public int SentenceEnds { get; init; }

    /// <summary>Clause punctuation (, ; : ，、；：).</summary>
    public int ClauseMarks { get; init; }

    /// <summary>List separators (| · • » / and similar).</summary>
    public int Separators { get; init; }

    /// <summary>Whether the last non-space character ends a sentence (or closes a quote after one).</summary>
    public bool EndsWithSentenceEnd { get; init; }

    /// <summary>Whether the text ends in a truncation mark: <c>...</c>, <c>…</c> or <c>。。。</c>.</summary>
    public bool EndsTruncated { get; init; }

    /// <summary>Whether the text starts with a bullet, a dash or a list number.</summary>
    public bool StartsWithBullet { get; init; }

    /// <summary>Opening brackets, which annotate (pinyin, sources) more often in boilerplate.</summary>
    public int Brackets { get; init; }

    /// <summary>Longest run of consecutive letters/digits, in characters (long runs: URLs, hashes, keyword spam).</summary>
    public int LongestWord { get; init; }
}
