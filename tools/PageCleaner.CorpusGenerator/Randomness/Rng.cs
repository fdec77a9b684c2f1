namespace PageCleaner.CorpusGenerator.Randomness;

/// <summary>
/// A small deterministic random source (SplitMix64). Our own rather than <see cref="Random"/> so that the corpus
/// never changes with the runtime's choice of algorithm: the same seed gives the same files everywhere.
/// </summary>
internal sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>A generator for one item (page, block) derived from a seed and names, independent of other items.</summary>
    public static Rng For(long seed, params ReadOnlySpan<string> keys)
    {
        ulong h = 14695981039346656037UL ^ (ulong)seed;
        foreach (string key in keys)
        {
            foreach (char c in key)
            {
                h ^= c;
                h *= 1099511628211UL;
            }
            h ^= 0xFF;
            h *= 1099511628211UL;
        }
        return new Rng(h);
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return (int)(NextUInt64() % (ulong)max);
    }

    /// <summary>A number in [min, max] (both included).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks an index by weight.</summary>
    public int Weighted(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights) total += w;
        double x = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = new List<T>(items);
        Shuffle(copy);
        if (count < copy.Count) copy.RemoveRange(count, copy.Count - count);
        return copy;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A lower-case token of letters and digits, as hashed class names and spam hosts have.</summary>
    public string Token(int length, string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789")
    {
        Span<char> chars = length <= 64 ? stackalloc char[length] : new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[Next(alphabet.Length)];
        return new string(chars);
    }
}
