using PageCleaner.Features;
using PageCleaner.Learning;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Tests;

/// <summary>How block probabilities become labels: the spam threshold, and blocks that cannot carry spam.</summary>
public sealed class CleanerSpamDecisionTests
{
    // Gives every block the same probabilities, so the decision rule alone is under test.
    private sealed class FixedClassifier(float content, float boilerplate, float spam) : IBlockClassifier
    {
        public FeatureSchema Schema => FeatureExtractor.Default.Schema;

        public void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities, PageDeadline deadline = default)
        {
            for (int i = 0; i < page.Blocks.Count; i++)
            {
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Content] = content;
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Boilerplate] = boilerplate;
                probabilities[i * BlockLabels.Count + (int)BlockLabel.Spam] = spam;
            }
        }
    }

    // The "7" is hidden, so that it shows evidence of spam (SpamEvidence) and only its lone digit is under test.
    private const string Page = "<html><body><p>casino bonus slots</p><p>:</p><p>\u00ad</p><p>— · —</p><p style=\"display:none\">7</p></body></html>";

    [Fact]
    public void A_block_without_a_letter_or_digit_is_never_spam_however_likely_the_model_finds_it()
    {
        var cleaner = new Cleaner(new FixedClassifier(0.01f, 0.01f, 0.98f), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default);
        CleanResult result = cleaner.Clean(Page);
        Assert.Equal(BlockLabel.Spam, result.Blocks.Single(b => b.Text == "casino bonus slots").Label);
        Assert.Equal(BlockLabel.Spam, result.Blocks.Single(b => b.Text == "7").Label);
        Assert.All(result.Blocks.Where(b => !b.Text.Any(char.IsLetterOrDigit)), b => Assert.NotEqual(BlockLabel.Spam, b.Label));
        Assert.True(result.Verdict.Spam);
        Assert.Equal(2, result.Verdict.SpamBlocks.Count);
    }

    [Fact]
    public void Spam_below_the_threshold_is_not_spam_and_at_it_is()
    {
        var below = new Cleaner(new FixedClassifier(0.1f, 0.2f, 0.7f), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default with { SpamThreshold = 0.75f });
        Assert.False(below.Clean(Page).Verdict.Spam);
        var at = new Cleaner(new FixedClassifier(0.1f, 0.2f, 0.7f), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default with { SpamThreshold = 0.7f });
        Assert.True(at.Clean(Page).Verdict.Spam);
    }

    [Fact]
    public void A_block_without_any_mark_of_injected_spam_is_not_spam_however_likely_the_model_finds_it()
    {
        const string furniture = """
            <html><head><link rel="canonical" href="https://news.example.org/a"></head><body>
            <p>Copyright 2025 Harbour News. All rights reserved.</p>
            <p><a href="/ferries">Ferry fares rise again</a></p>
            <p><a href="https://qx7kz9w.xyz/">Ferry fares rise again today</a></p>
            </body></html>
            """;
        var cleaner = new Cleaner(new FixedClassifier(0.01f, 0.01f, 0.98f), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default);
        CleanResult result = cleaner.Clean(furniture);
        Assert.Equal(BlockLabel.Boilerplate, result.Blocks.Single(b => b.Text.StartsWith("Copyright", StringComparison.Ordinal)).Label);
        Assert.Equal(BlockLabel.Boilerplate, result.Blocks.Single(b => b.Text == "Ferry fares rise again").Label);
        Assert.Equal(BlockLabel.Spam, result.Blocks.Single(b => b.Text == "Ferry fares rise again today").Label);
        Assert.Equal([2], result.Verdict.SpamBlocks);
    }

    [Fact]
    public void The_spam_score_leaves_out_blocks_that_cannot_carry_spam()
    {
        const string furniture = """
            <html><head><link rel="canonical" href="https://news.example.org/a"></head><body>
            <p>Copyright 2025 Harbour News. All rights reserved.</p></body></html>
            """;
        var cleaner = new Cleaner(new FixedClassifier(0.01f, 0.01f, 0.98f), new Lazy<ModelMetadata>(new ModelMetadata()), CleanerOptions.Default);
        PageVerdict verdict = cleaner.Clean(furniture).Verdict;
        Assert.False(verdict.Spam);
        Assert.Equal(0f, verdict.SpamScore);
        Assert.Equal(0.98f, cleaner.Clean(Page).Verdict.SpamScore, 3);
    }
}
