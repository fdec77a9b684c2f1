using System.Text;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>Whether an injected block's phrases survived cleaning, comparing with whitespace normalised.</summary>
internal static class PhraseCheck
{
    /// <summary>Text with every run of whitespace made one space and the ends trimmed.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The phrases found in <paramref name="cleanText"/>.</summary>
    public static List<string> Remaining(string cleanText, IEnumerable<string> phrases)
    {
        string clean = Normalize(cleanText);
        return phrases.Where(p => Normalize(p) is { Length: > 0 } n && clean.Contains(n, StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// The phrases worth looking for: those not already in the clean text of the page before injection (a phrase the
    /// page itself carries says nothing about the block).
    /// </summary>
    public static List<string> Checkable(string untouchedCleanText, IEnumerable<string> phrases)
    {
        var present = Remaining(untouchedCleanText, phrases).ToHashSet(StringComparer.Ordinal);
        return phrases.Where(p => !present.Contains(p)).ToList();
    }

    /// <summary>True when none of <paramref name="phrases"/> is in <paramref name="cleanText"/>.</summary>
    public static bool IsRemoved(string cleanText, IEnumerable<string> phrases) => Remaining(cleanText, phrases).Count == 0;
}
