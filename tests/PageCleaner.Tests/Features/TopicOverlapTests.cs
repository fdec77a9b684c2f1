using PageCleaner.Features;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class TopicOverlapTests
{
    private static float[] Overlap(string html, params float[] content)
    {
        PageAnalysis analysis = PageAnalysis.Build(Segmenting.Html(html));
        Assert.Equal(content.Length, analysis.Blocks.Count);
        return TopicOverlap.Compute(analysis, content, 0.5f);
    }

    [Fact]
    public void A_block_scores_the_share_of_its_distinct_bigrams_found_in_other_content_blocks()
    {
        // "abab abab" has the distinct bigrams ab, ba; "Abba" has ab, bb, ba (lower-cased); "xyz" has xy, yz.
        float[] overlap = Overlap("<p>abab abab</p><p>Abba</p><p>xyz</p>", 1, 1, 0);
        Assert.Equal(1f, overlap[0]);          // ab and ba are both in Abba
        Assert.Equal(2 / 3f, overlap[1]);      // bb is not in the other content block
        Assert.Equal(0f, overlap[2]);
    }

    [Fact]
    public void A_content_block_does_not_count_its_own_bigrams()
    {
        float[] overlap = Overlap("<p>only here</p><p>nothing alike</p>", 1, 0);
        Assert.Equal(0f, overlap[0]);
    }

    [Fact]
    public void Long_repetitive_blocks_leave_nothing_behind_for_the_next_block()
    {
        // Many repeats of many bigrams in one block, then a block whose bigrams are only in the first one in part.
        string first = string.Concat(Enumerable.Repeat("qwertyuiop asdfghjkl zxcvbnm 0123456789 ", 40));
        float[] overlap = Overlap($"<p>{first}</p><p>qwxy zz</p><p>qwe</p>", 0, 1, 1);
        Assert.Equal(2 / 32f, overlap[0]);     // of its 9 + 8 + 6 + 9 distinct bigrams, qw and we are in content blocks
        Assert.Equal(1 / 4f, overlap[1]);      // qw (in qwe); wx, xy, zz not
        Assert.Equal(1 / 2f, overlap[2]);      // qw (in qwxy); we not
    }

    [Fact]
    public void Every_character_folds_as_the_letter_or_digit_test_and_invariant_lower_case_say()
    {
        // The ASCII table and the general path must agree with the framework for all 65,536 UTF-16 units.
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            char expected = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            Assert.True(expected == TopicOverlap.Fold(c), $"U+{i:X4}");
        }
    }
}
