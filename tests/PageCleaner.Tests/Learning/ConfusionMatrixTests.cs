using PageCleaner.Learning.Evaluation;

namespace PageCleaner.Tests.Learning;

public sealed class ConfusionMatrixTests
{
    private static ConfusionMatrix Example()
    {
        var m = new ConfusionMatrix();
        void Add(BlockLabel truth, BlockLabel predicted, int times)
        {
            for (int i = 0; i < times; i++) m.Add(truth, predicted);
        }
        Add(BlockLabel.Content, BlockLabel.Content, 8);
        Add(BlockLabel.Content, BlockLabel.Boilerplate, 2);
        Add(BlockLabel.Boilerplate, BlockLabel.Boilerplate, 5);
        Add(BlockLabel.Boilerplate, BlockLabel.Content, 1);
        Add(BlockLabel.Spam, BlockLabel.Spam, 3);
        Add(BlockLabel.Spam, BlockLabel.Boilerplate, 1);
        return m;
    }

    [Fact]
    public void Cells_count_truth_against_prediction()
    {
        ConfusionMatrix m = Example();
        Assert.Equal(20, m.Total);
        Assert.Equal(8, m[BlockLabel.Content, BlockLabel.Content]);
        Assert.Equal(2, m[BlockLabel.Content, BlockLabel.Boilerplate]);
        Assert.Equal(1, m[BlockLabel.Boilerplate, BlockLabel.Content]);
        Assert.Equal(0, m[BlockLabel.Content, BlockLabel.Spam]);
    }

    [Fact]
    public void Precision_recall_and_f1_match_a_hand_computation()
    {
        var scores = Example().Scores().ToDictionary(s => s.Label);

        // content: 8 right of 9 predicted, 8 found of 10 true.
        Assert.Equal(0.8889, scores["content"].Precision);
        Assert.Equal(0.8, scores["content"].Recall);
        Assert.Equal(0.8421, scores["content"].F1); // 2 * (8/9) * 0.8 / (8/9 + 0.8) = 16/19
        Assert.Equal(10, scores["content"].Support);

        // boilerplate: 5 right of 8 predicted (2 content + 5 + 1 spam), 5 found of 6 true.
        Assert.Equal(0.625, scores["boilerplate"].Precision);
        Assert.Equal(0.8333, scores["boilerplate"].Recall);
        Assert.Equal(0.7143, scores["boilerplate"].F1); // 10/14
        Assert.Equal(6, scores["boilerplate"].Support);

        // spam: 3 right of 3 predicted, 3 found of 4 true.
        Assert.Equal(1.0, scores["spam"].Precision);
        Assert.Equal(0.75, scores["spam"].Recall);
        Assert.Equal(0.8571, scores["spam"].F1); // 6/7
        Assert.Equal(4, scores["spam"].Support);
    }

    [Fact]
    public void A_label_never_predicted_or_present_scores_zero()
    {
        var m = new ConfusionMatrix();
        m.Add(BlockLabel.Content, BlockLabel.Content);
        m.Add(BlockLabel.Content, BlockLabel.Boilerplate);
        var spam = m.Scores().Single(s => s.Label == "spam");
        Assert.Equal((0.0, 0.0, 0.0, 0), (spam.Precision, spam.Recall, spam.F1, spam.Support));
        var boilerplate = m.Scores().Single(s => s.Label == "boilerplate");
        Assert.Equal((0.0, 0.0, 0.0), (boilerplate.Precision, boilerplate.Recall, boilerplate.F1));
    }
}
