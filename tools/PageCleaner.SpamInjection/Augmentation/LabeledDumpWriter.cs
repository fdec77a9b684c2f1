using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;
using PageCleaner.Segmentation;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Augmentation;

/// <summary>
/// Turns a page into a labeled text dump with spam lines: the page's visible blocks one per line (as scrapers dump
/// it), spam injected by <see cref="DumpInjector"/>, the spam lines labeled <c>s|</c> and the rest labeled by the
/// trainer's own alignment with the expected text (<c>c|</c> or <c>b|</c>); lines alignment leaves undecided are
/// dropped. (Keeping them as <c>?|</c> lines, so that every line keeps the neighbours cleaning sees, was tried: the
/// model cleaned wcxb-dev's text dumps worse, 0.769 to 0.774 char5 F1 against 0.778.) Untouched pages are dumped
/// the same way without spam lines.
/// </summary>
internal static class LabeledDumpWriter
{
    private static readonly DetectedEncoding Utf8 = new("utf-8", EncodingEvidence.Caller, "dumps written by the spam-injection tool");

    /// <summary>The visible text of an HTML page, one block per line.</summary>
    public static string Dump(byte[] html) => VisibleTextDump.Render(PageReader.Read(html, CleanerOptions.Default with { Input = InputKind.Html }));

    /// <summary>The labeled dump of <paramref name="injected"/> (a dump with spam lines) against <paramref name="expected"/>.</summary>
    public static string Label(InjectedPage injected, string expected) => Label(injected.Text, injected.Phrases, expected);

    /// <summary>
    /// The labeled dump of <paramref name="dump"/> against <paramref name="expected"/>: lines holding one of
    /// <paramref name="spamPhrases"/> are spam (none for an untouched page).
    /// </summary>
    public static string Label(string dump, IReadOnlyList<string> spamPhrases, string expected)
    {
        SegmentedPage page = TextSegmenter.Segment(dump, Utf8);
        ExpectedTextAligner.Label(page, expected);
        bool Spam(Block b) => spamPhrases.Any(p => b.Text.Contains(p, StringComparison.Ordinal));
        return Render(page, b => Spam(b) ? BlockLabel.Spam : b.Annotation, keepUnlabeled: false);
    }

    /// <summary>
    /// The labeled dump of a page known only by snippets: a line holding a must-have snippet (or lying inside one) is
    /// content, one holding a must-not-have snippet boilerplate, by the trainer's own snippet rule. Every other line
    /// stays as a <c>?|</c> line, trained on by no label: with a handful of labeled lines per page, dropping the rest
    /// would leave them none of the neighbours cleaning sees.
    /// </summary>
    public static string LabelBySnippets(string dump, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        SegmentedPage page = TextSegmenter.Segment(dump, Utf8);
        SnippetLabeler.Label(page, with, without);
        return Render(page, b => b.Annotation, keepUnlabeled: true);
    }

    // One line per block behind its label's prefix; a block without a label is left out, or kept as a ?| line.
    private static string Render(SegmentedPage page, Func<Block, BlockLabel?> labelOf, bool keepUnlabeled)
    {
        var sb = new StringBuilder();
        foreach (Block b in page.Blocks)
        {
            if (labelOf(b) is BlockLabel l) sb.Append(LabeledDumpRenderer.Prefix(l));
            else if (keepUnlabeled) sb.Append(LabeledTextDump.Unlabeled).Append('|');
            else continue;
            sb.Append(b.Text).Append('\n');
        }
        return sb.ToString();
    }
}
