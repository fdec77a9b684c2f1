using PageCleaner.Features;
using PageCleaner.Learning;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Tests;

/// <summary>How the cleaner turns content probabilities into labels: the cut chosen per page, hidden text, a fixed threshold.</summary>
public sealed class CleanerContentCutTests
{
    // Gives each block the content probability its text starts with ("0.45 ..."), the rest to boilerplate.
    private sealed class ProbabilityInTextClassifier : IBlockClassifier
    {
        public FeatureSchema Schema => FeatureExtractor.Default.Schema;

        public void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities, PageDeadline deadline = default)
        {
            for (int i = 0; i < page.Blocks.Count; i++)
            {
                float content = float.Parse(page.Blocks[i].Text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Content] = content;
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Boilerplate] = 1 - content;
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Spam] = 0;
            }
        }
    }

    private static Cleaner Cleaner(float? threshold = null) =>
        new(new ProbabilityInTextClassifier(), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default with { ContentThreshold = threshold });

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));

    private static BlockLabel LabelOf(CleanResult result, string start) => result.Blocks.Single(b => b.Text.StartsWith(start, StringComparison.Ordinal)).Label;

    // The blocks named by their probability ("0.45") that came out content, and those that came out boilerplate.
    private static void AssertLabels(CleanResult result, string[] content, string[] boilerplate)
    {
        foreach (string start in content) Assert.Equal(BlockLabel.Content, LabelOf(result, start));
        foreach (string start in boilerplate) Assert.Equal(BlockLabel.Boilerplate, LabelOf(result, start));
    }

    [Fact]
    public void Beside_a_sure_article_a_doubtful_block_is_dropped_and_every_block_above_one_half_kept()
    {
        string page = $"<html><body><p>0.99 {Words(200)}</p><p>0.51 short</p><p>0.45 {Words(5)}</p></body></html>";
        AssertLabels(Cleaner().Clean(page), content: ["0.99", "0.51"], boilerplate: ["0.45"]);
    }

    [Fact]
    public void Beside_a_doubtful_article_a_block_under_one_half_that_may_well_be_content_is_kept()
    {
        // The article's expected F1 is about 0.8, so the cut falls to about 0.4: the 0.45 block adds more expected
        // overlap than length. A fixed 0.5 would drop it.
        string page = $"<html><body><p>0.70 {Words(250)}</p><p>0.45 {Words(50)}</p><p>0.20 {Words(50)}</p></body></html>";
        AssertLabels(Cleaner().Clean(page), content: ["0.70", "0.45"], boilerplate: ["0.20"]);
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(Cleaner(0.5f).Clean(page), "0.45"));
    }

    [Fact]
    public void On_a_page_the_model_is_unsure_of_the_likely_blocks_are_kept_under_one_half_and_the_unlikely_dropped()
    {
        string page = $"<html><body><p>0.40 {Words(100)}</p><p>0.35 {Words(100)}</p><p>0.06 {Words(100)}</p><p>0.04 {Words(300)}</p></body></html>";
        CleanResult result = Cleaner().Clean(page);
        AssertLabels(result, content: ["0.40", "0.35"], boilerplate: ["0.06", "0.04"]);
        Assert.StartsWith("0.40", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_blocks_under_the_floor_comes_out_empty()
    {
        CleanResult result = Cleaner().Clean($"<html><body><p>0.04 {Words(50)}</p><p>0.01 Contact us</p></body></html>");
        Assert.All(result.Blocks, b => Assert.Equal(BlockLabel.Boilerplate, b.Label));
        Assert.Equal("", result.Text.Trim());
    }

    [Fact]
    public void Hidden_text_is_never_content_and_does_not_move_the_cut()
    {
        string visible = $"<p>0.99 {Words(200)}</p><p>0.45 {Words(5)}</p>";
        string page = $"<html><body>{visible}<p style=\"display:none\">0.99 {Words(3000)}</p></body></html>";
        CleanResult result = Cleaner().Clean(page);
        Assert.Equal(BlockLabel.Boilerplate, result.Blocks.Single(b => b.Hidden).Label);
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(result, "0.45"));
        Assert.Equal(Cleaner().Clean($"<html><body>{visible}</body></html>").Text, result.Text);
    }

    [Fact]
    public void A_fixed_threshold_applies_to_every_page_as_it_is()
    {
        string unsure = $"<html><body><p>0.40 {Words(100)}</p><p>0.35 {Words(100)}</p></body></html>";
        Assert.All(Cleaner(0.5f).Clean(unsure).Blocks, b => Assert.Equal(BlockLabel.Boilerplate, b.Label));
        Assert.All(Cleaner(0.3f).Clean(unsure).Blocks, b => Assert.Equal(BlockLabel.Content, b.Label));
        string sure = $"<html><body><p>0.99 {Words(200)}</p><p>0.45 {Words(5)}</p></body></html>";
        Assert.Equal(BlockLabel.Content, LabelOf(Cleaner(0.45f).Clean(sure), "0.45"));
    }
}
