using PageCleaner.Features.Links;
using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>How much of the block is links and where they point.</summary>
internal sealed class LinkFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("link.density", "share of the block's characters inside links"),
        new("link.log_count", "log(1 + anchors with an href in the block)"),
        new("link.per_token", "anchors per token"),
        new("link.all_linked", "1 when at least 90% of the characters are link text"),
        new("link.absolute_share", "share of link targets that are absolute http(s) URLs"),
        new("link.script_or_fragment_share", "share of link targets that are javascript: or #fragment links"),
        new("link.log_distinct_hosts", "log(1 + distinct host names among absolute link targets)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        Block b = page.Blocks[block];
        var s = page.Stats[block];
        row[0] = Math.Min(1f, Ratio(b.LinkChars, s.Chars));
        row[1] = Log(b.LinkCount);
        row[2] = Ratio(b.LinkCount, s.Tokens);
        row[3] = Flag(s.Chars > 0 && b.LinkChars * 10 >= s.Chars * 9);
        if (b.LinkTargets.Count == 0) return;
        int absolute = 0, scripted = 0, distinctHosts = 0;
        IReadOnlyList<string> targets = b.LinkTargets;
        for (int k = 0; k < targets.Count; k++)
        {
            ReadOnlySpan<char> h = targets[k].AsSpan().Trim();
            if (HostNames.IsAbsolute(h))
            {
                absolute++;
                if (IsFirstWithHost(targets, k, HostNames.Authority(h))) distinctHosts++;
            }
            else if (h.IsEmpty || h[0] == '#' || h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                scripted++;
            }
        }
        row[4] = Ratio(absolute, b.LinkTargets.Count);
        row[5] = Ratio(scripted, b.LinkTargets.Count);
        row[6] = Log(distinctHosts);
    }

    // Whether no absolute link before index k has the same host (ignoring case). A block keeps at most a few dozen
    // targets, so comparing with the earlier ones costs less than a set of host strings per block.
    private static bool IsFirstWithHost(IReadOnlyList<string> targets, int k, ReadOnlySpan<char> host)
    {
        for (int j = 0; j < k; j++)
        {
            ReadOnlySpan<char> h = targets[j].AsSpan().Trim();
            if (HostNames.IsAbsolute(h) && HostNames.Authority(h).Equals(host, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}
