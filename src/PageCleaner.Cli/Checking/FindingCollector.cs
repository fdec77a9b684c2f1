namespace PageCleaner.Cli.Checking;

/// <summary>Turns a cleaned page's blocks into findings under a policy.</summary>
internal static class FindingCollector
{
    /// <param name="result">The cleaned page.</param>
    /// <param name="policy">What counts and what is allowed.</param>
    /// <param name="path">The file's name in the findings.</param>
    /// <param name="documentLine">The JSONL line of the document, used for every finding; 0 to use each block's own line.</param>
    public static List<Finding> Collect(CleanResult result, CheckPolicy policy, string path, int documentLine = 0)
    {
        var findings = new List<Finding>();
        foreach (BlockResult block in result.Blocks)
        {
            if (!policy.Flags(block)) continue;
            string hash = BlockHash.Of(block.Text);
            findings.Add(new Finding(path, documentLine > 0 ? documentLine : block.Line, block.Label, block.Score, block.Text, hash, policy.Allowed.Contains(hash)));
        }
        return findings;
    }

    /// <summary>The source lines (within the page or field) of the failing findings' blocks.</summary>
    public static HashSet<int> FailingLines(CleanResult result, CheckPolicy policy)
    {
        var lines = new HashSet<int>();
        foreach (BlockResult block in result.Blocks)
        {
            if (policy.Flags(block) && !policy.Allowed.Contains(BlockHash.Of(block.Text))) lines.Add(block.Line);
        }
        return lines;
    }
}
