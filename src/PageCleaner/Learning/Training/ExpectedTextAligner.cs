using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Labels a page's blocks from the page's expected clean text. A block is content when at least 60% of its
/// character 5-grams (whitespace removed) occur in the expected text, boilerplate when at most 25% do, and left
/// unlabeled in between (it does not train the model). Short blocks (under 25 characters) match by chance, so
/// within three blocks of the span that long matched blocks cover they count as content only when they are a line
/// of the expected text or begin or end one (a short block whose text the expected text holds only inside a line,
/// "Twitter" in a share bar with the article naming Twitter, is left unlabeled); further away, only when they are a
/// whole line of it (a specification row or a price below a product's description, a list item closing an
/// article), left unlabeled when they begin or end one, and boilerplate otherwise.
/// </summary>
internal static class ExpectedTextAligner
{
    public const double ContentAt = 0.6, BoilerplateAt = 0.25;
    public const int ShortBlock = 25, RegionSlack = 3;

    /// <summary>Sets <see cref="Block.Annotation"/> of every block; returns the number of content blocks.</summary>
    public static int Label(SegmentedPage page, string expected)
    {
        var grams = new CharGramSet(expected);
        var lines = new ExpectedLines(expected);
        IReadOnlyList<Block> blocks = page.Blocks;
        var coverage = new double[blocks.Count];
        var squeezed = new string[blocks.Count];
        int first = -1, last = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            squeezed[i] = CharGramSet.Squeeze(blocks[i].Text);
            coverage[i] = grams.SqueezedCoverage(squeezed[i]);
            if (coverage[i] >= ContentAt && squeezed[i].Length >= ShortBlock)
            {
                if (first < 0) first = i;
                last = i;
            }
        }
        int content = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            bool inRegion = first >= 0 && i >= first - RegionSlack && i <= last + RegionSlack;
            BlockLabel? label = coverage[i] >= ContentAt ? ShortOrLong(squeezed[i], inRegion, lines)
                : coverage[i] <= BoilerplateAt ? BlockLabel.Boilerplate
                : null;
            blocks[i].Annotation = label;
            if (label == BlockLabel.Content) content++;
        }
        return content;
    }

    // A long matched block is content; a short one inside the article span is content when it stands as (the edge of)
    // a line of the expected text, and outside it only when it is a whole line.
    private static BlockLabel? ShortOrLong(string squeezed, bool inRegion, ExpectedLines lines)
    {
        if (squeezed.Length >= ShortBlock) return BlockLabel.Content;
        if (!inRegion) return lines.HasLine(squeezed) ? BlockLabel.Content : lines.HasLineEdge(squeezed) ? null : BlockLabel.Boilerplate;
        return lines.HasLineEdge(squeezed) ? BlockLabel.Content : null;
    }
}
