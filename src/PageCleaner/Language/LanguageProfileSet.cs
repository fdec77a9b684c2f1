using System.Globalization;
using System.Text;

namespace PageCleaner.Language;

/// <summary>
/// The language profiles and their text file. The format, one language per line after the header:
/// <code>
/// # comments
/// pclang 1 n=1-5 size=400
/// en Latin _t th the he_ e ...
/// </code>
/// The n-grams follow in rank order, separated by single spaces, '_' marking a word boundary.
/// </summary>
internal sealed class LanguageProfileSet
{
    public const string Magic = "pclang";
    public const int FormatVersion = 1;

    public LanguageProfileSet(IReadOnlyList<LanguageProfile> profiles, int size)
    {
        Profiles = profiles;
        Size = size;
    }

    /// <summary>The profiles, ordered by code.</summary>
    public IReadOnlyList<LanguageProfile> Profiles { get; }

    /// <summary>How many n-grams each profile keeps at most (also the out-of-place penalty for a missing n-gram).</summary>
    public int Size { get; }

    /// <summary>The file's text (LF line ends, no BOM when encoded as UTF-8). Same profiles, same text.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append("# PageCleaner language profiles: the most frequent character n-grams of each language, most frequent first.\n");
        sb.Append("# '_' marks a word boundary. Built by 'pagecleaner language-profiles' from tools/language-texts/train; do not edit.\n");
        sb.Append(CultureInfo.InvariantCulture, $"{Magic} {FormatVersion} n=1-{NgramText.MaxN} size={Size}\n");
        foreach (LanguageProfile p in Profiles)
        {
            sb.Append(p.Code).Append(' ').Append(p.Script.ToString());
            foreach (string g in p.Ngrams) sb.Append(' ').Append(NgramText.ToStored(g));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Reads a profile file's text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="LanguageProfileFormatException">The text is not a profile file of this version.</exception>
    public static LanguageProfileSet Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        int size = -1;
        var profiles = new List<LanguageProfile>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (ReadOnlySpan<char> raw in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            ReadOnlySpan<char> line = raw.TrimEnd('\r');
            if (line.IsEmpty || line[0] == '#') continue;
            string where = $"{source}:{lineNumber.ToString(CultureInfo.InvariantCulture)}";
            string[] fields = line.ToString().Split(' ');
            if (size < 0)
            {
                size = ParseHeader(fields, where);
                continue;
            }
            if (fields.Length < 3) throw new LanguageProfileFormatException($"{where}: a profile line needs a code, a script and n-grams");
            string code = fields[0];
            if (!LanguageCodes.IsWellFormed(code)) throw new LanguageProfileFormatException($"{where}: '{code}' is not a language code");
            if (!codes.Add(code)) throw new LanguageProfileFormatException($"{where}: '{code}' appears twice");
            if (!Enum.TryParse(fields[1], ignoreCase: false, out UnicodeScript script) || !Enum.IsDefined(script) || int.TryParse(fields[1], out _))
            {
                throw new LanguageProfileFormatException($"{where}: '{fields[1]}' is not a script name");
            }
            if (fields.Length - 2 > size) throw new LanguageProfileFormatException($"{where}: more than {size} n-grams");
            var ngrams = new string[fields.Length - 2];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 2; k < fields.Length; k++)
            {
                string g = fields[k];
                if (g.Length is 0 or > NgramText.MaxN || g == "_" || !seen.Add(g))
                {
                    throw new LanguageProfileFormatException($"{where}: n-gram {k - 1} ('{g}') is empty, too long, a lone '_' or repeated");
                }
                ngrams[k - 2] = NgramText.FromStored(g);
            }
            profiles.Add(new LanguageProfile(code, script, ngrams));
        }
        if (size < 0) throw new LanguageProfileFormatException($"{source}: not a language profile file (no '{Magic}' header)");
        if (profiles.Count == 0) throw new LanguageProfileFormatException($"{source}: no profiles");
        profiles.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new LanguageProfileSet(profiles, size);
    }

    private static int ParseHeader(string[] fields, string where)
    {
        if (fields.Length != 4 || fields[0] != Magic) throw new LanguageProfileFormatException($"{where}: not a language profile file (expected '{Magic} {FormatVersion} n=1-{NgramText.MaxN} size=N')");
        if (fields[1] != FormatVersion.ToString(CultureInfo.InvariantCulture)) throw new LanguageProfileFormatException($"{where}: format version {fields[1]}; this build reads version {FormatVersion}");
        if (fields[2] != $"n=1-{NgramText.MaxN}") throw new LanguageProfileFormatException($"{where}: n-gram lengths '{fields[2]}'; this build uses n=1-{NgramText.MaxN}");
        if (!fields[3].StartsWith("size=", StringComparison.Ordinal)
            || !int.TryParse(fields[3].AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size is < 1 or > 10000)
        {
            throw new LanguageProfileFormatException($"{where}: '{fields[3]}' is not a profile size (size=1 to size=10000)");
        }
        return size;
    }
}
