using PageCleaner.Features.Links;
using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Who the block's links point to: how many domains, off the page's own site, random-looking or on spam TLDs.</summary>
internal sealed class LinkHostFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("host.log_domains", "log(1 + distinct registrable domains the block's absolute links point to)"),
        new("host.offsite_share", "share of the block's absolute links leaving the page's own domain (declared by canonical, og:url or base; else its most linked domain)"),
        new("host.own_declared", "1 when the page declares its own address (canonical link, og:url or base href)"),
        new("host.links_per_100_chars", "anchors per 100 characters of the block (capped at 10)"),
        new("host.log_mean_anchor_chars", "log(1 + mean characters of link text per anchor)"),
        new("host.random_share", "share of the block's absolute links whose host name looks machine-made (digit/letter mixes, consonant runs, length, entropy)"),
        new("host.max_randomness", "highest randomness (0 to 1) among the block's link hosts"),
        new("host.spam_tld_share", "share of the block's absolute links on cheap or trade-named TLDs (.xyz, .top, .vip, .bet, .casino, ...)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        Block b = page.Blocks[block];
        PageLinkHosts hosts = page.LinkHosts;
        row[2] = Flag(hosts.Declared);
        if (b.LinkCount == 0) return;
        row[3] = Math.Min(10f, 100f * Ratio(b.LinkCount, page.Stats[block].Chars));
        row[4] = MathF.Log(1 + b.LinkChars / (float)b.LinkCount);
        PageLinkHosts.BlockHosts h = hosts.Blocks[block];
        if (h.Absolute == 0) return;
        row[0] = Log(h.Domains);
        row[1] = Ratio(h.OffSite, h.Absolute);
        row[5] = Ratio(h.Random, h.Absolute);
        row[6] = h.MaxRandomness;
        row[7] = Ratio(h.SpamTld, h.Absolute);
    }
}
