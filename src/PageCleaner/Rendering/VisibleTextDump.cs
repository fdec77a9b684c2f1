using System.Text;
using PageCleaner.Segmentation;

namespace PageCleaner.Rendering;

/// <summary>
/// A page as a scraper dumps it: the visible text of each block on a line of its own (line breaks inside a block
/// become spaces), optionally behind the block's annotation as a labeled dump (<c>c|</c>, <c>b|</c>, <c>s|</c>;
/// a block without one is boilerplate, as in annotated pages).
/// </summary>
internal static class VisibleTextDump
{
    public static string Render(SegmentedPage page, bool withLabels = false)
    {
        var sb = new StringBuilder();
        foreach (Block block in page.Blocks)
        {
            if (block.Hidden) continue;
            if (withLabels) sb.Append(LabeledDumpRenderer.Prefix(block.Annotation ?? BlockLabel.Boilerplate));
            sb.Append(block.Text.Replace('\n', ' ')).Append('\n');
        }
        return sb.ToString();
    }
}
