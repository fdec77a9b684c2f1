using PageCleaner.Documents;
using PageCleaner.Features.Links;
using PageCleaner.Features.Spam;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Features;

/// <summary>
/// Everything the extractors read about a page, computed once: per-block text statistics, date mentions,
/// vocabulary cues, running character counts, and the text aggregated into the DOM containers.
/// </summary>
internal sealed class PageAnalysis
{
    private PageAnalysis(SegmentedPage page)
    {
        Page = page;
        // A list, not the interface: every feature indexes the blocks, and without the runtime's profile-guided
        // tier each interface call stays a dispatch through a stub.
        Blocks = page.Blocks as List<Block> ?? [.. page.Blocks];
        int n = Blocks.Count;
        Stats = new TextStats[n];
        DateMentions = new int[n];
        DateCoverage = new float[n];
        Copies = new int[n];
        Cues = new int[n];
        CharsBefore = new int[n];
        Containers = new ElementNode?[n];
        Vocabulary = new SpamVocabularyHits[n];
    }


    public SegmentedPage Page { get; }
    public List<Block> Blocks { get; }
    public bool IsTextDump => Page.Kind == InputKind.Text;
    public TextStats[] Stats { get; }
    public int[] DateMentions { get; }

    /// <summary>Share of a block's characters inside date/time mentions.</summary>
    public float[] DateCoverage { get; }

    /// <summary>How many other blocks of the page have exactly the same text (counted for blocks of up to <see cref="MaxRepeatedChars"/> characters).</summary>
    public int[] Copies { get; }

    /// <summary>Longest block whose copies are counted: menus, labels and teaser titles repeat; paragraphs hardly ever do.</summary>
    public const int MaxRepeatedChars = 300;

    /// <summary>Blocks with at least one copy.</summary>
    public int RepeatedBlocks { get; private set; }

    /// <summary>Vocabulary cue categories found in each block, as a bit set (see <see cref="CueVocabulary"/>).</summary>
    public int[] Cues { get; }

    /// <summary>Non-whitespace characters of all blocks before each block.</summary>
    public int[] CharsBefore { get; }

    /// <summary>The element holding a block together with its siblings: the block's own element, or its parent for paragraph-like tags.</summary>
    public ElementNode?[] Containers { get; }

    /// <summary>Spam vocabulary found in each block (see <see cref="SpamVocabulary"/>).</summary>
    public SpamVocabularyHits[] Vocabulary { get; }

    /// <summary>Blocks with at least one spam term.</summary>
    public int VocabularyBlocks { get; private set; }

    /// <summary>Spam terms found on the whole page.</summary>
    public int VocabularyHits { get; private set; }

    /// <summary>Where the links of each block point.</summary>
    public PageLinkHosts LinkHosts { get; private set; } = null!;

    /// <summary>The blocks whose language stands out from the page's.</summary>
    public PageLanguages Languages { get; private set; } = null!;

    public int TotalChars { get; private set; }
    public int MaxBlockChars { get; private set; }
    public int LongestBlock { get; private set; }

    /// <summary>The container holding the most paragraph-like text (sentences, commas, length), as in readability scoring.</summary>
    public ElementNode? BestContainer { get; private set; }

    public TitleOverlap Title { get; private set; } = TitleOverlap.Empty;

    public static PageAnalysis Build(SegmentedPage page)
    {
        var a = new PageAnalysis(page);
        int total = 0, max = -1;
        for (int i = 0; i < a.Blocks.Count; i++)
        {
            Block b = a.Blocks[i];
            TextStats s = TextStatsCounter.Count(b.Text);
            a.Stats[i] = s;
            (int mentions, int covered) = DateTimeScanner.Scan(b.Text);
            a.DateMentions[i] = mentions;
            a.DateCoverage[i] = s.Chars == 0 ? 0 : Math.Min(1f, covered / (float)s.Chars);
            a.Cues[i] = CueVocabulary.Match(b.Text);
            SpamVocabularyHits vocabulary = SpamVocabulary.Scan(b.Text);
            a.Vocabulary[i] = vocabulary;
            int hits = vocabulary.Total;
            a.VocabularyHits += hits;
            if (hits > 0) a.VocabularyBlocks++;
            a.CharsBefore[i] = total;
            total += s.Chars;
            if (s.Chars > max)
            {
                max = s.Chars;
                a.LongestBlock = i;
            }
        }
        a.TotalChars = total;
        a.CountCopies();
        a.MaxBlockChars = Math.Max(max, 0);
        a.Title = TitleOverlap.Create(page.Title);
        a.LinkHosts = PageLinkHosts.Build(page);
        a.Languages = PageLanguages.Build(a);
        if (!a.IsTextDump) a.AggregateContainers();
        return a;
    }

    private void CountCopies()
    {
        var seen = new Dictionary<string, int>(Blocks.Count, StringComparer.Ordinal);
        for (int i = 0; i < Blocks.Count; i++)
        {
            if (Stats[i].Chars is > 0 and <= MaxRepeatedChars) seen[Blocks[i].Text] = seen.GetValueOrDefault(Blocks[i].Text) + 1;
        }
        for (int i = 0; i < Blocks.Count; i++)
        {
            if (Stats[i].Chars is > 0 and <= MaxRepeatedChars) Copies[i] = seen[Blocks[i].Text] - 1;
            if (Copies[i] > 0) RepeatedBlocks++;
        }
    }

    private void AggregateContainers()
    {
        // The totals live on the page's ElementNodes, which outlive this analysis: clear them first, or a second
        // Extract of the same page (a page trained on twice, evaluated after training) adds to the first one's.
        // Every element above a block counts that block, so an element with no blocks counted is either new or
        // already cleared in this loop, and so is every element above it: the climb stops there.
        foreach (Block b in Blocks)
        {
            for (ElementNode? e = b.Element; e is not null && e.BlockCount != 0; e = e.Parent)
            {
                e.TextChars = e.LinkChars = e.BlockCount = 0;
                e.ContentScore = 0;
            }
        }
        float bestScore = 0;
        for (int i = 0; i < Blocks.Count; i++)
        {
            Block b = Blocks[i];
            ElementNode? element = b.Element;
            if (element is null) continue;
            TextStats s = Stats[i];
            for (ElementNode? e = element; e is not null; e = e.Parent)
            {
                e.TextChars += s.Chars;
                e.LinkChars += b.LinkChars;
                e.BlockCount++;
            }
            ElementNode container = HtmlTags.ParagraphLike.Contains(element.Tag) && element.Parent is not null ? element.Parent : element;
            Containers[i] = container;
            if (s.Chars < 20 || b.LinkChars * 2 > s.Chars || b.Hidden) continue;
            float perPoint = s.CjkChars * 2 > s.Chars ? 50f : 100f;
            float points = 1 + s.ClauseMarks + s.SentenceEnds + Math.Min(s.Chars / perPoint, 3f);
            float share = 1f;
            for (ElementNode? e = container; e is not null && share > 0.3f; e = e.Parent, share /= 2)
            {
                e.ContentScore += points * share;
                if (e.ContentScore > bestScore)
                {
                    bestScore = e.ContentScore;
                    BestContainer = e;
                }
            }
        }
    }
}
