namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>The outcome on one seed page and what was expected of it.</summary>
/// <param name="Name">The seed's file name.</param>
/// <param name="ExpectSpam">Whether the seed carries injected spam (001) or not (000).</param>
/// <param name="Flagged">The page was flagged as spam.</param>
/// <param name="Obfuscated">The page was flagged as obfuscated (null: not checked).</param>
/// <param name="SpamBlockLabelled">Whether the block carrying the spam list was labelled spam (null for a clean seed).</param>
internal sealed record SeedOutcome(string Name, bool ExpectSpam, bool Flagged, bool? Obfuscated, bool? SpamBlockLabelled)
{
    /// <summary>Spam seed: flagged spam and obfuscated, its block labelled spam. Clean seed: flagged neither.</summary>
    public bool Passed => ExpectSpam
        ? Flagged && Obfuscated == true && SpamBlockLabelled == true
        : !Flagged && Obfuscated != true;
}

/// <summary>Cleans the two seed pages (000 clean, 001 with an injected "spider pool" block) and checks the verdicts.</summary>
internal static class SeedCheck
{
    // The spam block of seed 001 is the line naming a "spider pool" (蜘蛛池), as the seeds' README describes it.
    private const string SpamMarker = "蜘蛛池";

    /// <summary>Outcomes for the files <c>000_*.txt</c> and <c>001_*.txt</c> in <paramref name="folder"/>.</summary>
    public static List<SeedOutcome> Run(Cleaner cleaner, string folder)
    {
        if (!Directory.Exists(folder)) throw new IOException($"{folder}: no such folder");
        var outcomes = new List<SeedOutcome>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            bool spam = name.StartsWith("001", StringComparison.Ordinal);
            if (!spam && !name.StartsWith("000", StringComparison.Ordinal)) continue;
            CleanResult result = cleaner.Clean(File.ReadAllBytes(file), file);
            bool? labelled = null;
            if (spam)
            {
                var blocks = result.Blocks.Where(b => b.Text.Contains(SpamMarker, StringComparison.Ordinal)).ToList();
                labelled = blocks.Count > 0 && blocks.All(b => b.Label == BlockLabel.Spam);
            }
            outcomes.Add(new SeedOutcome(name, spam, result.Verdict.Spam, result.Verdict.Obfuscated, labelled));
        }
        if (outcomes.Count == 0) throw new IOException($"{folder}: no 000_*.txt or 001_*.txt seed pages");
        return outcomes;
    }
}
