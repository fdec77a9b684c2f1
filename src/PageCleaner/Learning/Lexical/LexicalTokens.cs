namespace PageCleaner.Learning.Lexical;

/// <summary>
/// Turns a block's text into the slots of the lexical model: each word (lower-cased, every digit read as 0, so
/// "Item# 59370" and "Item# 17469" are one pattern) and each pair of neighbouring words, hashed into
/// <see cref="Slots"/> slots. A Han, kana or Hangul character is a word of its own (those scripts leave no spaces),
/// and so is each symbol ("©", "|", "$"). Only the first <see cref="MaxWords"/> words count: what tells a menu or a
/// price line from prose is at the start, and long blocks stay cheap.
/// </summary>
internal static class LexicalTokens
{
    public const int Bits = 18;

    public const int Slots = 1 << Bits;

    public const int MaxWords = 128;

    /// <summary>Room a caller gives <see cref="Hash"/>: a word and a pair per word.</summary>
    public const int MaxSlotsPerText = 2 * MaxWords;

    private const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    // The "word" before the first one, so a block's opening word also forms a pair ("Posted", "Share").
    private const uint Start = 0x2545F491;

    /// <summary>Writes the text's slots into <paramref name="slots"/> (at least <see cref="MaxSlotsPerText"/> long) and returns their number.</summary>
    public static int Hash(string text, Span<int> slots)
    {
        int count = 0, words = 0, i = 0;
        uint previous = Start;
        while (i < text.Length && words < MaxWords)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            uint word = FnvOffset;
            if (Fold(c) != 0)
            {
                for (; i < text.Length; i++)
                {
                    char folded = Fold(text[i]);
                    if (folded == 0) break;
                    word = (word ^ folded) * FnvPrime;
                }
            }
            else
            {
                word = (word ^ c) * FnvPrime;
                i++;
            }
            slots[count++] = Slot(word);
            slots[count++] = Slot(((previous ^ 0x5BD1E995) * FnvPrime) ^ (word * 0x27D4EB2F));
            previous = word;
            words++;
        }
        return count;
    }

    // What each ASCII character is within a word: its lower case, '0' for a digit, 0 when it is not a letter or digit.
    private static readonly char[] AsciiFolds = MakeAsciiFolds();

    /// <summary>The character as a word holds it (lower case, a digit as '0'), or 0 when it ends a word or stands alone.</summary>
    private static char Fold(char c)
    {
        if (c < 128) return AsciiFolds[c];
        if (!char.IsLetterOrDigit(c) || StandsAlone(c)) return '\0';
        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
    }

    private static char[] MakeAsciiFolds()
    {
        var folds = new char[128];
        for (char c = '\0'; c < 128; c++) folds[c] = char.IsDigit(c) ? '0' : char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
        return folds;
    }

    // Fibonacci hashing: the top bits of the product spread neighbouring hashes over the table.
    private static int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - Bits));

    /// <summary>Han, kana and Hangul characters: each one a word.</summary>
    private static bool StandsAlone(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF');
}
