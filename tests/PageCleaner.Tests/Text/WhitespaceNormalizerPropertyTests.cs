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

    [Property(MaxTest = 500, Replay = "(1846204915379522311,5830147720113962207)")]
    public bool Output_fits_in_an_output_span_as_long_as_the_input_and_matches_the_string_form(string? raw)
    {
        raw ??= "";
        var output = new char[raw.Length];
        int n = WhitespaceNormalizer.Normalize(raw, output, '\u2028');
        return new string(output, 0, n) == WhitespaceNormalizer.Normalize(raw, '\u2028');
    }

    [Fact]
    public void Long_text_normalises_through_a_rented_buffer_like_short_text()
    {
        string unit = " a\t\u2028b  \u0001c ";
        string longText = string.Concat(Enumerable.Repeat(unit, 200));
        string expected = string.Join("\n", Enumerable.Repeat("a\nb c", 200)).Replace("c\na", "c a", StringComparison.Ordinal);
        Assert.Equal(expected, WhitespaceNormalizer.Normalize(longText, '\u2028'));
    }

    [Fact]
    public void Every_visible_character_is_kept_in_order_and_a_space_or_break_stands_only_where_the_input_had_one()
    {
        var random = new Random(21);
        const string pool = "ab Z~!\t\n\r\u00A0\u3000\u2028\u0001\u007F中é\uD83D\uDE00\uD800";
        for (int k = 0; k < 500; k++)
        {
            string raw = new([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => pool[random.Next(pool.Length)])]);
            string normalized = WhitespaceNormalizer.Normalize(raw, '\u2028');
            var visible = new StringBuilder();
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]);
                if (c == '\u2028' || CharClass.IsSpace(c) || char.IsControl(c) || (char.IsSurrogate(c) && !pair)) continue;
                visible.Append(c);
                if (pair) visible.Append(raw[++i]);
            }
            Assert.Equal(visible.ToString(), normalized.Replace(" ", "").Replace("\n", ""));
            // Only the line-break character given makes a line break; the input's own newlines are spaces.
            if (normalized.Contains('\n')) Assert.Contains('\u2028', raw);
        }
    }
}
