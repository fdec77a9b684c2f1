namespace PageCleaner.Text;

/// <summary>Obfuscation scanning and repair applied to a cleaned page's content blocks.</summary>
internal static class ContentObfuscation
{
    /// <summary>The report over the blocks labeled content.</summary>
    public static ObfuscationReport Scan(IReadOnlyList<BlockResult> blocks)
    {
        var scanner = new ObfuscationScanner();
        foreach (BlockResult b in blocks)
        {
            if (b.Label == BlockLabel.Content) scanner.Add(b.Text);
        }
        return scanner.Report();
    }

    /// <summary>
    /// What a repair removes from a page with <paramref name="report"/>: zero-width characters inside words always (they
    /// are invisible there), pinyin annotations only when they flag the page (a textbook's few glosses are content).
    /// </summary>
    public static ObfuscationKinds RepairKinds(ObfuscationReport report) =>
        ObfuscationKinds.ZeroWidth | (report.Kinds & ObfuscationKinds.Pinyin);

    /// <summary>Replaces each content block of <paramref name="blocks"/> by its repaired text.</summary>
    public static void Repair(BlockResult[] blocks, ObfuscationKinds kinds)
    {
        for (int i = 0; i < blocks.Length; i++)
        {
            BlockResult b = blocks[i];
            if (b.Label != BlockLabel.Content) continue;
            string repaired = ObfuscationRepair.Repair(b.Text, kinds);
            if (!ReferenceEquals(repaired, b.Text)) blocks[i] = b with { Text = repaired };
        }
    }
}
