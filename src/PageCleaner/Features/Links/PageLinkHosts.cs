using PageCleaner.Segmentation;

namespace PageCleaner.Features.Links;

/// <summary>Where each block's links point, summarised once per page, and the page's own domain.</summary>
internal sealed class PageLinkHosts
{
    /// <summary>A host looking at least this random counts as random-looking.</summary>
    public const float RandomThreshold = 0.4f;

    /// <summary>Per block: absolute links, distinct domains, off-site links, random-looking hosts, spam TLDs, highest randomness.</summary>
    public readonly record struct BlockHosts(int Absolute, int Domains, int OffSite, int Random, int SpamTld, float MaxRandomness);

    private PageLinkHosts(string? ownDomain, bool declared, BlockHosts[] blocks, int pageDomains)
    {
        OwnDomain = ownDomain;
        Declared = declared;
        Blocks = blocks;
        PageDomains = pageDomains;
    }

    /// <summary>The page's registrable domain: from its declared address, else the domain its links name most often; empty
    /// when relative links outnumber that domain's (then every absolute link is off-site); null for a page without links.</summary>
    public string? OwnDomain { get; }

    /// <summary>Whether <see cref="OwnDomain"/> comes from the page's declared address.</summary>
    public bool Declared { get; }

    public BlockHosts[] Blocks { get; }

    /// <summary>Distinct registrable domains linked from the whole page.</summary>
    public int PageDomains { get; }

    private static bool IsRelative(string href)
    {
        ReadOnlySpan<char> h = href.AsSpan().Trim();
        return !h.IsEmpty && h[0] != '#' && !h.Contains(':');
    }

    public static PageLinkHosts Build(SegmentedPage page)
    {
        IReadOnlyList<Block> blocks = page.Blocks;
        // Per block and link: its host and registrable domain (null for links without a host).
        var hosts = new (string Host, string Domain)?[blocks.Count][];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int relative = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            IReadOnlyList<string> targets = blocks[i].LinkTargets;
            if (targets.Count == 0)
            {
                hosts[i] = [];
                continue;
            }
            var list = new (string Host, string Domain)?[targets.Count];
            for (int k = 0; k < targets.Count; k++)
            {
                string? host = HostNames.HostOf(targets[k]);
                if (host is null)
                {
                    if (IsRelative(targets[k])) relative++;
                    continue;
                }
                string domain = HostNames.RegistrableDomain(host);
                list[k] = (host, domain);
                counts[domain] = counts.GetValueOrDefault(domain) + 1;
            }
            hosts[i] = list;
        }

        string? declaredHost = page.Address is null ? null : HostNames.HostOf(page.Address);
        string? own = declaredHost is null ? null : HostNames.RegistrableDomain(declaredHost);
        if (own is null)
        {
            int best = 0;
            foreach (var (domain, n) in counts)
            {
                // Ties go to the alphabetically first domain, so the result does not depend on dictionary order.
                if (n > best || (n == best && string.CompareOrdinal(domain, own) < 0))
                {
                    best = n;
                    own = domain;
                }
            }
            // A site linking to itself with relative links: every absolute link leaves it ("" matches no domain).
            if (relative >= best) own = "";
        }

        var summaries = new BlockHosts[blocks.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (hosts[i].Length == 0) continue;
            distinct.Clear();
            int absolute = 0, offSite = 0, random = 0, spamTld = 0;
            float maxRandom = 0;
            foreach (var link in hosts[i])
            {
                if (link is not var (host, domain)) continue;
                absolute++;
                distinct.Add(domain);
                if (own is not null && domain != own) offSite++;
                float r = HostNames.Randomness(host);
                if (r >= RandomThreshold) random++;
                maxRandom = Math.Max(maxRandom, r);
                if (HostNames.SpamTopLevelDomains.Contains(HostNames.TopLevelDomain(host))) spamTld++;
            }
            summaries[i] = new BlockHosts(absolute, distinct.Count, offSite, random, spamTld, maxRandom);
        }
        return new PageLinkHosts(own, declaredHost is not null, summaries, counts.Count);
    }
}
