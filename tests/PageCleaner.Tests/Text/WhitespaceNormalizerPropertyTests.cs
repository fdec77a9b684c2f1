using System.Text;
using FsCheck.Xunit;
using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

/// <summary>
/// Properties of normalised text that hold for any input, including random control characters and surrogates.
/// Seeds are fixed (Replay) so every run checks the same inputs.
/// </summary>
public sealed class WhitespaceNormalizerPropertyTests
{
    [Property(MaxTest = 500, Replay = "(2818104870347547722,2299483760184076361)")]
    public bool Output_always_encodes_to_strict_utf8(string? raw)
    {
        string normalized = WhitespaceNormalizer.Normalize(raw ?? "", '\u2028');
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(normalized);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    [Property(MaxTest = 500, Replay = "(2558458263605138247,7592566884788098071)")]
    public bool Output_has_no_controls_other_than_newline_and_no_double_or_edge_spaces(string? raw)
    {
        string s = WhitespaceNormalizer.Normalize(raw ?? "", '\u2028');
        foreach (char c in s)
        {
            if (char.IsControl(c) && c != '\n') return false;
        }
        bool edges = s.Length == 0 || (!char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]));
        return edges && !s.Contains("  ", StringComparison.Ordinal) && !s.Contains(" \n", StringComparison.Ordinal)
            && !s.Contains("\n ", StringComparison.Ordinal) && !s.Contains("\n\n", StringComparison.Ordinal);
    }

    [Property(MaxTest = 500, Replay = "(3514117200886767191,3137198161136783719)")]
    public bool Normalizing_twice_changes_nothing(string? raw)
    {
        string once = WhitespaceNormalizer.Normalize(raw ?? "");
        return WhitespaceNormalizer.Normalize(once) == once;
    }
}
