namespace PageCleaner.Features;

/// <summary>
/// Whether a block shows any of the marks injected spam carries: it is hidden, it holds a spam term, its language
/// stands out from the page's, or its links leave the page's site (machine-made host names and trade-named TLDs
/// included). A block labeled spam must show one: the classifier otherwise takes the page's own furniture for spam
/// when it merely looks like a keyword list (a row of ministry names, a copyright line, short teaser titles).
/// </summary>
internal static class SpamEvidence
{
    public static bool Shows(PageAnalysis page, int block)
    {
        if (page.Blocks[block].Hidden || page.Vocabulary[block].Total > 0 || page.Languages.Mismatch[block]) return true;
        var hosts = page.LinkHosts.Blocks[block];
        return hosts.OffSite > 0 || hosts.Random > 0 || hosts.SpamTld > 0;
    }
}
