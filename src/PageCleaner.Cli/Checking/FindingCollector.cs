using PageCleaner.Text;

namespace PageCleaner.Cli.Checking;

/// <summary>Turns a cleaned page's blocks (and its obfuscation verdict) into findings under a policy.</summary>
internal static class FindingCollector
{
    /// <summary>The kind of the page-level finding for obfuscated content.</summary>
    public const string ObfuscatedKind = "obfuscated";

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
            findings.Add(new Finding(path, documentLine > 0 ? documentLine : block.Line, BlockLabels.Name(block.Label), block.Score, block.Text, hash, policy.Allowed.Contains(hash)));
        }
        if (policy.FlagsObfuscation && result.Verdict.Obfuscated)
        {
            // The page's clean text is hashed, so that accepting the page in the allow-list survives edits elsewhere.
            string hash = BlockHash.Of(result.Text);
            var finding = new Finding(path, LineOf(result, documentLine), ObfuscatedKind, 1, ObfuscationKindNames.Describe(result.Verdict.Obfuscation), hash, policy.Allowed.Contains(hash));
            int at = findings.FindIndex(f => f.Line > finding.Line);
            findings.Insert(at < 0 ? findings.Count : at, finding);
        }
        return findings;
    }

    /// <summary>
    /// A one-line note for an obfuscated page when the policy does not fail on it, e.g.
    /// <c>a.txt:3: obfuscated page (pinyin annotations 308, zero-width 0, homoglyphs 0), not failing under --fail-on spam</c>; null otherwise.
    /// </summary>
    public static string? ObfuscationNote(CleanResult result, CheckPolicy policy, string path, int documentLine = 0)
    {
        if (policy.FlagsObfuscation || !result.Verdict.Obfuscated) return null;
        string where = $"{path}:{LineOf(result, documentLine).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return $"{where}: obfuscated page ({ObfuscationKindNames.Describe(result.Verdict.Obfuscation)}), not failing under --fail-on {policy.Name}";
    }

    /// <summary>The source lines (within the page or field) of the failing block findings.</summary>
    public static HashSet<int> FailingLines(CleanResult result, CheckPolicy policy)
    {
        var lines = new HashSet<int>();
        foreach (BlockResult block in result.Blocks)
        {
            if (policy.Flags(block) && !policy.Allowed.Contains(BlockHash.Of(block.Text))) lines.Add(block.Line);
        }
        return lines;
    }

    // The document's line in a JSONL file; else the first content block's line, where the obfuscated text begins.
    private static int LineOf(CleanResult result, int documentLine)
    {
        if (documentLine > 0) return documentLine;
        foreach (BlockResult block in result.Blocks)
        {
            if (block.Label == BlockLabel.Content) return block.Line;
        }
        return 1;
    }
}
