using System.Buffers;

namespace PageCleaner.Text;

/// <summary>
/// Lower-cases text as the invariant culture does, with the vectorised ASCII routine for the ASCII run it starts
/// with: the runtime's invariant-mode casing goes one character at a time, and block text is mostly ASCII.
/// </summary>
internal static class InvariantLowerCase
{
    /// <summary>One character lowered as the invariant culture lowers it, ASCII answered at once.</summary>
    public static char Lower(char c) => c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);

    /// <summary>Writes <paramref name="source"/> lowered into <paramref name="destination"/> (at least as long) and returns the length written.</summary>
    public static int Lower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("destination too small", nameof(destination));
        if (System.Text.Ascii.ToLower(source, destination, out int written) == OperationStatus.Done) return written;
        // From the first character beyond ASCII on (a surrogate pair stays whole: it begins there), the culture's rules.
        return written + source[written..].ToLowerInvariant(destination[written..]);
    }
}
