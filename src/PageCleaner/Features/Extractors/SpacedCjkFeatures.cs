using PageCleaner.Text;

namespace PageCleaner.Features.Extractors;

/// <summary>
/// Chinese and Japanese prose runs on without spaces, while a list of names or links flattened into one line of a text
/// dump ("外交部 国防部 教育部 …") keeps a space between every item. Spaces between two Han or kana characters, per
/// such character, tell that line from a sentence once the markup that showed it as a link list is gone. (Korean
/// spaces its words, so Hangul is left out.)
/// </summary>
internal sealed class SpacedCjkFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("text.cjk_spaced_items", "runs of whitespace between two Han/kana characters, per Han/kana character (0 without them)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        int cjk = page.Stats[block].CharTokens;
        row[0] = cjk == 0 ? 0 : CountGaps(page.Blocks[block].Text) / (float)cjk;
    }

    // A gap is a run of whitespace (ideographic space included) with a Han or kana character on each side.
    internal static int CountGaps(ReadOnlySpan<char> text)
    {
        int gaps = 0;
        bool afterCjk = false, inSpace = false;
        foreach (char c in text)
        {
            if (CharClass.IsSpace(c))
            {
                inSpace = afterCjk;
                continue;
            }
            bool isCjk = CharClass.IsCharToken(c);
            if (isCjk && inSpace) gaps++;
            afterCjk = isCjk;
            inSpace = false;
        }
        return gaps;
    }
}
