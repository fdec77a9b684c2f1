namespace PageCleaner.Text;

/// <summary>
/// Rules out, with one bit look-up, most places where none of a set of phrases can start: it knows the first two
/// characters of every phrase (hashed into a bit table) and the one-character phrases. A "maybe" still needs the
/// full comparison; a "no" is certain. Phrase searches run on every block of every page, and most positions of a
/// text start no phrase although their first character often does (Latin letters start many phrases).
/// </summary>
internal sealed class CharPairFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _pairs = new ulong[Bits / 64];
    private readonly ulong[] _singles = new ulong[Bits / 64];

    public CharPairFilter(IEnumerable<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            if (phrase.Length == 0) continue;
            if (phrase.Length == 1) Set(_singles, phrase[0]);
            else Set(_pairs, Hash(phrase[0], phrase[1]));
        }
    }

    /// <summary>False when no phrase can start at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public bool MayStartAt(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (IsSet(_singles, c)) return true;
        return index + 1 < text.Length && IsSet(_pairs, Hash(c, text[index + 1]));
    }

    private static int Hash(char first, char second) => (first * 31 + second) & (Bits - 1);

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    private static bool IsSet(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;
}
