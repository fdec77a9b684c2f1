using PageCleaner.Learning;

namespace PageCleaner.Tests.Learning;

public sealed class TreeEnsembleScorerTests
{
    // Two classes, each row of two features; class 0 has the one tree given, class 1 none (raw score 0).
    private static TreeEnsembleScorer Tree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
    {
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Write(w, feature);
            Write(w, threshold);
            Write(w, left);
            Write(w, right);
            Write(w, leaves);
            Write(w, new[] { 0 });
            Write(w, new[] { 0 });
            Write(w, new[] { 1.0 });
            Write(w, new[] { 1, 1 });
            Write(w, new[] { 0.0, 0.0 });
        }
        bytes.Position = 0;
        return TreeEnsembleScorer.ReadFrom(new BinaryReader(bytes), width: 2);
    }

    private static void Write(BinaryWriter w, int[] values) { w.Write(values.Length); foreach (int v in values) w.Write(v); }

    private static void Write(BinaryWriter w, float[] values) { w.Write(values.Length); foreach (float v in values) w.Write(v); }

    private static void Write(BinaryWriter w, double[] values) { w.Write(values.Length); foreach (double v in values) w.Write(v); }

    // x0 <= 0.5 ? (x1 <= 2 ? leaf 1.0 : leaf 3.0) : leaf 2.0
    private static TreeEnsembleScorer TreeWithLeftChildFirst() =>
        Tree(left: [1, ~0], right: [~2, ~1], feature: [0, 1], threshold: [0.5f, 2f], leaves: [1.0, 3.0, 2.0]);

    // x0 <= 0.5 ? leaf 2.0 : (x1 <= 2 ? leaf 1.0 : leaf 3.0): the inner node is the root's right child.
    private static TreeEnsembleScorer TreeWithRightChildInner() =>
        Tree(left: [~2, ~0], right: [1, ~1], feature: [0, 1], threshold: [0.5f, 2f], leaves: [1.0, 3.0, 2.0]);

    private static double Class0(double raw) => Math.Exp(raw) / (Math.Exp(raw) + 1);

    [Theory]
    [InlineData(0.2f, 1f, 1.0)]
    [InlineData(0.5f, 2f, 1.0)]
    [InlineData(0.2f, 2.5f, 3.0)]
    [InlineData(0.7f, 0f, 2.0)]
    [InlineData(float.NaN, 0f, 2.0)]
    [InlineData(0.2f, float.NaN, 3.0)]
    public void A_row_reaches_the_leaf_its_comparisons_lead_to_and_a_NaN_goes_right(float x0, float x1, double leaf)
    {
        float[] scores = new float[2];
        TreeWithLeftChildFirst().Score([x0, x1], scores);
        Assert.Equal((float)Class0(leaf), scores[0]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Rows_scored_together_match_rows_scored_one_by_one_wherever_their_inner_nodes_are(int rows)
    {
        float[] values = [0.7f, 1f, 0.2f, 3f, float.NaN, 1f, 0.2f, 1.5f, 0.9f, 2.5f, 0.5f, 2f, -1f, 7f];
        foreach (TreeEnsembleScorer trees in new[] { TreeWithLeftChildFirst(), TreeWithRightChildInner() })
        {
            float[] together = new float[rows * 2], one = new float[2];
            trees.ScoreRows(values, rows, 2, together);
            for (int r = 0; r < rows; r++)
            {
                trees.Score(values.AsSpan(r * 2, 2), one);
                Assert.Equal(one, together.AsSpan(r * 2, 2).ToArray());
            }
        }
        float[] inner = new float[rows * 2];
        TreeWithRightChildInner().ScoreRows(values, rows, 2, inner);
        Assert.Equal((float)Class0(1.0), inner[0]);
    }

    [Fact]
    public void Compiled_trees_whose_child_points_back_up_the_tree_are_refused_when_read()
    {
        Assert.Throws<InvalidDataException>(() =>
            Tree(left: [1, 0], right: [~2, ~1], feature: [0, 1], threshold: [0.5f, 2f], leaves: [1.0, 3.0, 2.0]));
    }

    [Fact]
    public void Compiled_trees_whose_child_is_a_leaf_that_does_not_exist_are_refused_when_read()
    {
        Assert.Throws<InvalidDataException>(() =>
            Tree(left: [1, ~0], right: [~7, ~1], feature: [0, 1], threshold: [0.5f, 2f], leaves: [1.0, 3.0, 2.0]));
    }

    [Fact]
    public void A_tree_as_deep_as_it_has_nodes_is_read_without_recursion_and_scored()
    {
        // A chain of 300,000 nodes: node i goes left to node i + 1 when x0 <= -i, else right to leaf i; the last node
        // ends in leaf n. A recursive layout would overflow the stack on a file like this.
        const int n = 300_000;
        int[] left = new int[n], right = new int[n], feature = new int[n];
        float[] threshold = new float[n];
        double[] leaves = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            left[i] = i + 1 < n ? i + 1 : ~n;
            right[i] = ~i;
            threshold[i] = -i;
            leaves[i] = i % 7;
        }
        leaves[n] = 0.5;
        TreeEnsembleScorer trees = Tree(left, right, feature, threshold, leaves);
        float[] scores = new float[2];
        trees.Score([-10.5f, 0f], scores);              // right at node 11: leaf 11, value 11 % 7
        Assert.Equal((float)Class0(4.0), scores[0]);
        trees.Score([-1e9f, 0f], scores);               // left all the way down to leaf n
        Assert.Equal((float)Class0(0.5), scores[0]);
    }
}
