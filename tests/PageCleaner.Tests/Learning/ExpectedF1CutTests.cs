using PageCleaner.Learning;

namespace PageCleaner.Tests.Learning;

public sealed class ExpectedF1CutTests
{
    // The expected F1 of keeping exactly the blocks in `kept`, as the cut's doc defines it (blocks under the floor
    // count for nothing).
    private static double ExpectedF1(float[] p, int[] size, bool[] kept)
    {
        double overlap = 0, keptSize = 0, truth = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double c = size[i] + 1;
            if (p[i] >= ExpectedF1Cut.Floor) truth += p[i] * c;
            if (!kept[i]) continue;
            overlap += p[i] * c;
            keptSize += c;
        }
        return keptSize + truth == 0 ? 0 : 2 * overlap / (keptSize + truth);
    }

    private static bool[] Keep(float[] p, float cut) => p.Select(x => x >= cut).ToArray();

    [Fact]
    public void A_doubtful_block_beside_a_sure_article_is_dropped()
    {
        float[] p = [0.99f, 0.45f];
        int[] size = [1000, 50];
        Assert.Equal(0.99f, ExpectedF1Cut.Threshold(p, size));
    }

    [Fact]
    public void A_block_more_likely_than_half_the_expected_f1_is_kept_even_under_one_half()
    {
        // The article is itself doubtful (expected F1 about 0.75), so a 0.45 block adds more overlap than length.
        float[] p = [0.7f, 0.45f];
        int[] size = [1000, 200];
        float cut = ExpectedF1Cut.Threshold(p, size);
        Assert.Equal(0.45f, cut);
        Assert.True(ExpectedF1(p, size, Keep(p, cut)) > ExpectedF1(p, size, [true, false]));
    }

    [Fact]
    public void A_page_where_no_block_reaches_one_half_keeps_its_likeliest_blocks()
    {
        float[] p = [0.3f, 0.05f, 0.28f];
        int[] size = [1000, 1000, 800];
        float cut = ExpectedF1Cut.Threshold(p, size);
        Assert.Equal(0.28f, cut);
    }

    [Fact]
    public void Many_blocks_under_the_floor_do_not_pull_the_cut_down_to_a_doubtful_block()
    {
        // A forum page: one sure post, one doubtful reply, a hundred replies the model all but rules out. Counted as
        // expected content, the hundred (100 x 81 x 0.15 = 1215 characters) would outweigh the sure post and the best
        // expected F1 would take the doubtful reply in.
        float[] p = [0.97f, 0.3f, .. Enumerable.Repeat(0.15f, 100)];
        int[] size = [173, 118, .. Enumerable.Repeat(80, 100)];
        Assert.True(0.15f < ExpectedF1Cut.Floor);
        Assert.Equal(0.97f, ExpectedF1Cut.Threshold(p, size));
    }

    [Fact]
    public void No_candidate_or_none_above_the_floor_keeps_nothing()
    {
        Assert.Equal(float.PositiveInfinity, ExpectedF1Cut.Threshold([], []));
        Assert.Equal(float.PositiveInfinity, ExpectedF1Cut.Threshold([0f, 0f], [10, 20]));
        Assert.Equal(float.PositiveInfinity, ExpectedF1Cut.Threshold([0.19f, 0.01f], [1000, 20]));
        Assert.Equal(0.2f, ExpectedF1Cut.Threshold([0.2f, 0.19f], [10, 5000]));
    }

    [Fact]
    public void Blocks_of_equal_probability_are_kept_or_dropped_together_whatever_their_order()
    {
        float[] p = [0.9f, 0.4f, 0.4f, 0.4f, 0.1f];
        int[] size = [300, 10, 500, 40, 100];
        float cut = ExpectedF1Cut.Threshold(p, size);
        var random = new Random(5);
        for (int trial = 0; trial < 20; trial++)
        {
            int[] order = Enumerable.Range(0, p.Length).OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(cut, ExpectedF1Cut.Threshold(order.Select(i => p[i]).ToArray(), order.Select(i => size[i]).ToArray()));
        }
    }

    [Fact]
    public void The_cut_keeps_the_best_of_all_subsets_on_random_pages()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 9);
            // Probabilities from a coarse grid, so that ties occur.
            float[] p = Enumerable.Range(0, n).Select(_ => random.Next(0, 21) / 20f).ToArray();
            int[] size = Enumerable.Range(0, n).Select(_ => random.Next(0, 400)).ToArray();
            float cut = ExpectedF1Cut.Threshold(p, size);
            double chosen = ExpectedF1(p, size, Keep(p, cut));
            double best = 0;
            for (int mask = 0; mask < 1 << n; mask++)
            {
                bool[] kept = Enumerable.Range(0, n).Select(i => (mask >> i & 1) == 1).ToArray();
                if (Enumerable.Range(0, n).Any(i => kept[i] && p[i] < ExpectedF1Cut.Floor)) continue;
                best = Math.Max(best, ExpectedF1(p, size, kept));
            }
            Assert.Equal(best, chosen, 9);
            Assert.All(p, x => Assert.True(x >= ExpectedF1Cut.Floor || x < cut));
            // A block above one half always adds more expected overlap than length (the expected F1 is at most 1).
            Assert.All(p.Where(x => x > 0.5f), x => Assert.True(x >= cut));
        }
    }

    [Fact]
    public void Sizes_must_match_probabilities()
    {
        Assert.Throws<ArgumentException>(() => ExpectedF1Cut.Threshold([0.5f], [1, 2]));
    }
}
