using System.Globalization;
using System.Text;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// One line per finding, <c>path:line: label score "excerpt" hash=HASH</c>, in the form editors and CI logs link to
/// (path, colon, line). The excerpt is the start of the block's normalised text with quotes and backslashes escaped.
/// </summary>
internal static class FindingFormatter
{
    public const int ExcerptChars = 72;

    public static string Format(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        string score = finding.Score.ToString("0.00", CultureInfo.InvariantCulture);
        return $"{finding.Path}:{finding.Line.ToString(CultureInfo.InvariantCulture)}: {finding.Kind} {score} \"{Excerpt(finding.Text)}\" hash={finding.Hash}";
    }

    /// <summary>The first <see cref="ExcerptChars"/> characters of the text with whitespace collapsed (never half a surrogate pair), "…" when cut.</summary>
    public static string Excerpt(string text)
    {
        string normalized = BlockHash.Normalize(text, foldWidth: false);
        int end = Math.Min(normalized.Length, ExcerptChars);
        if (end < normalized.Length && char.IsLowSurrogate(normalized[end])) end--;
        var sb = new StringBuilder(end + 2);
        for (int i = 0; i < end; i++)
        {
            char c = normalized[i];
            if (c is '"' or '\\') sb.Append('\\');
            // Normalisation keeps other control characters; they would garble a terminal line.
            if (char.IsControl(c)) sb.Append('?');
            else sb.Append(c);
        }
        if (end < normalized.Length) sb.Append('…');
        return sb.ToString();
    }
}
