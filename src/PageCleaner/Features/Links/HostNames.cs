using System.Collections.Frozen;

namespace PageCleaner.Features.Links;

/// <summary>Small facts about link host names: the host of a URL, its registrable domain, its top-level domain, and how random it looks.</summary>
internal static class HostNames
{
    // Second-level labels under which registries hand out names (example.co.uk, example.com.cn).
    private static readonly FrozenSet<string> SecondLevel = FrozenSet.ToFrozenSet(
        ["co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "mil", "gob", "nic", "info", "biz"], StringComparer.Ordinal);

    /// <summary>Top-level domains that are cheap, unregulated or named for the trade, and common in injected link blocks.</summary>
    public static readonly FrozenSet<string> SpamTopLevelDomains = FrozenSet.ToFrozenSet(
        ["xyz", "top", "vip", "club", "icu", "buzz", "win", "bet", "casino", "poker", "loan", "loans", "sex", "xxx", "porn",
         "adult", "tk", "ml", "ga", "cf", "gq", "work", "site", "online", "live", "fun", "cc", "pw", "cyou", "rest", "bond",
         "sbs", "cfd", "lol", "monster", "click", "link", "pro", "ws", "ink", "wang", "ren", "men", "date", "racing", "party"],
        StringComparer.Ordinal);

    /// <summary>Whether a (trimmed) link target is an absolute http(s) or protocol-relative URL, the kind that names a host.</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The authority of an absolute URL (see <see cref="IsAbsolute"/>) as written: after "//", up to the path, query or fragment.</summary>
    public static ReadOnlySpan<char> Authority(ReadOnlySpan<char> absolute)
    {
        ReadOnlySpan<char> rest = absolute[(absolute.IndexOf("//", StringComparison.Ordinal) + 2)..];
        int end = rest.IndexOfAny('/', '?', '#');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The lower-case host of an absolute (or protocol-relative) http(s) URL, without port and credentials; null for anything else.</summary>
    public static string? HostOf(string href)
    {
        ReadOnlySpan<char> h = href.AsSpan().Trim();
        if (!IsAbsolute(h)) return null;
        ReadOnlySpan<char> rest = Authority(h);
        int at = rest.LastIndexOf('@');
        if (at >= 0) rest = rest[(at + 1)..];
        int colon = rest.LastIndexOf(':');
        if (colon >= 0 && !rest.StartsWith("[")) rest = rest[..colon];
        rest = rest.TrimEnd('.');
        return rest.IsEmpty ? null : rest.ToString().ToLowerInvariant();
    }

    /// <summary>The name a registrant owns: the last two labels, or three under a second-level label such as co.uk (www dropped).</summary>
    public static string RegistrableDomain(string host)
    {
        if (IsAddress(host)) return host;
        string[] labels = host.Split('.');
        if (labels.Length <= 2) return host;
        int take = SecondLevel.Contains(labels[^2]) && labels[^1].Length == 2 ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }

    /// <summary>The last label of the host.</summary>
    public static string TopLevelDomain(string host)
    {
        int dot = host.LastIndexOf('.');
        return dot < 0 ? host : host[(dot + 1)..];
    }

    /// <summary>Whether the host is a bare IPv4 or IPv6 address.</summary>
    public static bool IsAddress(string host) =>
        host.StartsWith('[') || (host.Length > 0 && !host.AsSpan().ContainsAnyExcept(AddressChars));

    private static readonly System.Buffers.SearchValues<char> AddressChars = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>
    /// 0 to 1: how machine-made the host's name label looks (the registrable label, or a longer label before it):
    /// digits mixed with letters, long consonant runs, no vowels, a long label, high character entropy. Each sign
    /// adds a fifth.
    /// </summary>
    public static float Randomness(string host)
    {
        if (IsAddress(host)) return 1;
        // The last three labels as spans (the host split at its dots, empty labels kept), no strings made.
        ReadOnlySpan<char> name = host;
        int last = name.LastIndexOf('.');
        int second = last < 0 ? -1 : name[..last].LastIndexOf('.');
        ReadOnlySpan<char> label = last < 0 ? name : name[(second + 1)..last];
        if (last >= 0 && second >= 0)
        {
            int third = name[..second].LastIndexOf('.');
            ReadOnlySpan<char> before = name[(third + 1)..second];
            if (!before.SequenceEqual("www") && before.Length > label.Length) label = before;
        }
        if (label.Length == 0) return 0;
        int digits = 0, letters = 0, vowels = 0, switches = 0, run = 0, longestRun = 0;
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsAsciiLetter(c)) letters++;
            bool vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel) vowels++;
            run = char.IsAsciiLetter(c) && !vowel ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
            if (i > 0 && char.IsAsciiDigit(c) != char.IsAsciiDigit(label[i - 1]) && char.IsAsciiLetterOrDigit(label[i - 1])) switches++;
        }
        int signs = 0;
        if (digits > 0 && letters > 0 && switches >= 2) signs++;
        if (longestRun >= 5) signs++;
        if (letters >= 5 && vowels * 6 < letters) signs++;
        if (label.Length >= 14) signs++;
        if (label.Length >= 6 && Entropy(label) >= 3.0) signs++;
        return signs / 5f;
    }

    // Shannon entropy in bits per character.
    private static double Entropy(ReadOnlySpan<char> s)
    {
        Span<int> counts = stackalloc int[128];
        int other = 0;
        foreach (char c in s)
        {
            if (c < 128) counts[c]++;
            else other++;
        }
        double e = 0;
        foreach (int n in counts)
        {
            if (n == 0) continue;
            double p = n / (double)s.Length;
            e -= p * Math.Log2(p);
        }
        if (other > 0)
        {
            double p = other / (double)s.Length;
            e -= p * Math.Log2(p);
        }
        return e;
    }
}
