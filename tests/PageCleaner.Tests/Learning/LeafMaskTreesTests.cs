using PageCleaner.Learning;

namespace PageCleaner.Tests.Learning;

/// <summary>
/// The block evaluation with leaf bitmasks (<see cref="TreeEvaluation.LeafMasks"/>) against the plain walk and against
/// a walk written here over the arrays as stored in the file: the raw sums must be the same doubles, bit for bit.
/// </summary>
public sealed class LeafMaskTreesTests
{
    // Values that meet the thresholds exactly, straddle them, or are not comparable at all.
    private static readonly float[] Values = [-1f, 0f, -0f, 0.5f, 1f, 2.5f, 3f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue];

    private static readonly float[] Thresholds = [-1f, 0f, 0.5f, 1f, 2.5f, float.PositiveInfinity, float.NegativeInfinity, float.NaN];

    /// <summary>A forest as the arrays of the compiled file (nodes numbered per tree from its root, leaves per tree).</summary>
    private sealed class Forest
    {
        public List<int> Feature { get; } = [];
        public List<float> Threshold { get; } = [];
        public List<int> Left { get; } = [];
        public List<int> Right { get; } = [];
        public List<double> Leaf { get; } = [];
        public List<int> TreeRoot { get; } = [];
        public List<int> TreeLeafBase { get; } = [];
        public List<double> TreeWeight { get; } = [];
        public List<int> ClassTreeEnd { get; } = [];
        public List<double> ClassBias { get; } = [];

        public TreeEnsembleScorer Read(int width)
        {
            using var bytes = new MemoryStream();
            using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                Write(w, Feature, w.Write);
                Write(w, Threshold, w.Write);
                Write(w, Left, w.Write);
                Write(w, Right, w.Write);
                Write(w, Leaf, w.Write);
                Write(w, TreeRoot, w.Write);
                Write(w, TreeLeafBase, w.Write);
                Write(w, TreeWeight, w.Write);
                Write(w, ClassTreeEnd, w.Write);
                Write(w, ClassBias, w.Write);
            }
            bytes.Position = 0;
            return TreeEnsembleScorer.ReadFrom(new BinaryReader(bytes), width);
        }

        private static void Write<T>(BinaryWriter w, List<T> values, Action<T> write)
        {
            w.Write(values.Count);
            foreach (T v in values) write(v);
        }

        /// <summary>The raw sums of one row, walked here from the stored arrays (children below zero are ~leaf of the tree).</summary>
        public double[] Sums(ReadOnlySpan<float> row)
        {
            var sums = new double[ClassBias.Count];
            int tree = 0;
            for (int c = 0; c < sums.Length; c++)
            {
                sums[c] = ClassBias[c];
                for (; tree < ClassTreeEnd[c]; tree++)
                {
                    int node = TreeRoot[tree];
                    while (node >= 0) node = row[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
                    sums[c] += TreeWeight[tree] * Leaf[TreeLeafBase[tree] + ~node];
                }
            }
            return sums;
        }
    }

    // Adds a random tree of the given number of leaves; its nodes after the root are stored in a shuffled order, and
    // so are its leaves, so that neither the file's node order nor its leaf order matches left to right.
    private static void AddTree(Forest forest, Random random, int leaves, int width)
    {
        int nodeBase = forest.Feature.Count, nodes = leaves - 1;
        forest.TreeRoot.Add(nodes == 0 ? ~0 : nodeBase);
        forest.TreeLeafBase.Add(forest.Leaf.Count);
        forest.TreeWeight.Add(random.Next(2) == 0 ? 1.0 : random.NextDouble() * 2);
        int[] nodeSlot = [0, .. Enumerable.Range(1, Math.Max(0, nodes - 1)).OrderBy(_ => random.Next())];
        int[] leafSlot = [.. Enumerable.Range(0, leaves).OrderBy(_ => random.Next())];
        for (int i = 0; i < nodes; i++)
        {
            forest.Feature.Add(0);
            forest.Threshold.Add(0);
            forest.Left.Add(0);
            forest.Right.Add(0);
        }
        for (int i = 0; i < leaves; i++) forest.Leaf.Add((random.NextDouble() - 0.5) * 3);
        int nextNode = 0, nextLeaf = 0;
        // Builds the subtree of `count` leaves without recursion: (node slot, leaves on the left, leaves on the right).
        int Take(int count) => count == 1 ? ~leafSlot[nextLeaf++] : nodeBase + nodeSlot[nextNode++];
        if (nodes == 0) return;
        var pending = new Stack<(int Node, int Count)>();
        pending.Push((Take(leaves), leaves));
        while (pending.Count > 0)
        {
            var (node, count) = pending.Pop();
            int leftCount = random.Next(1, count);
            forest.Feature[node] = random.Next(width);
            forest.Threshold[node] = random.Next(4) == 0 ? (float)random.NextDouble() * 4 - 1 : Thresholds[random.Next(Thresholds.Length)];
            int left = Take(leftCount);
            int right = Take(count - leftCount);
            forest.Left[node] = left;
            forest.Right[node] = right;
            if (left >= 0) pending.Push((left, leftCount));
            if (right >= 0) pending.Push((right, count - leftCount));
        }
    }

    private static Forest RandomForest(Random random, int width)
    {
        var forest = new Forest();
        int classes = random.Next(1, 4);
        for (int c = 0; c < classes; c++)
        {
            int trees = random.Next(0, 6);
            for (int t = 0; t < trees; t++)
            {
                // Mostly trees that fit a 32-bit mask (one leaf and exactly 32 included); a few walked instead.
                int leaves = random.Next(5) switch { 0 => 1, 1 => 32, 2 => random.Next(33, 60), _ => random.Next(2, 32) };
                AddTree(forest, random, leaves, width);
            }
            forest.ClassTreeEnd.Add(forest.TreeRoot.Count);
            forest.ClassBias.Add(random.NextDouble() - 0.5);
        }
        return forest;
    }

    private static float[] RandomRows(Random random, int rows, int width)
    {
        var matrix = new float[rows * width];
        for (int i = 0; i < matrix.Length; i++) matrix[i] = random.Next(3) == 0 ? (float)random.NextDouble() * 4 - 1 : Values[random.Next(Values.Length)];
        return matrix;
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Blocks_of_rows_reach_the_same_leaves_as_the_walk_and_sum_them_to_the_same_doubles(int seed)
    {
        var random = new Random(seed);
        int width = random.Next(1, 12);
        Forest forest = RandomForest(random, width);
        TreeEnsembleScorer trees = forest.Read(width);
        // Fewer rows than a block, exactly one or two blocks, and a last block part full.
        foreach (int rows in new[] { 1, random.Next(2, 64), 64, 128, random.Next(65, 200) })
        {
            float[] matrix = RandomRows(random, rows, width);
            int classes = trees.Classes;
            var walked = new double[rows * classes];
            var masked = new double[rows * classes];
            var narrow = new double[rows * classes];
            trees.SumRows(matrix, rows, width, walked, TreeEvaluation.Walk);
            trees.SumRows(matrix, rows, width, masked, TreeEvaluation.LeafMasks);
            trees.SumRows(matrix, rows, width, narrow, TreeEvaluation.LeafMasks256);
            for (int r = 0; r < rows; r++)
            {
                double[] expected = forest.Sums(matrix.AsSpan(r * width, width));
                for (int c = 0; c < classes; c++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected[c]), BitConverter.DoubleToInt64Bits(walked[r * classes + c]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected[c]), BitConverter.DoubleToInt64Bits(masked[r * classes + c]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected[c]), BitConverter.DoubleToInt64Bits(narrow[r * classes + c]));
                }
            }
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(300_000)]
    public void A_chain_reaches_its_leaf_whether_it_fits_a_mask_or_is_walked(int n)
    {
        // Node i goes left to node i + 1 when x0 <= -i, else right to leaf i; the last node ends in leaf n. With 31
        // nodes the leftmost leaf is bit 31 of the mask; with 32 or more the tree has too many leaves and is walked.
        var forest = new Forest();
        for (int i = 0; i < n; i++)
        {
            forest.Feature.Add(0);
            forest.Threshold.Add(-i);
            forest.Left.Add(i + 1 < n ? i + 1 : ~n);
            forest.Right.Add(~i);
            forest.Leaf.Add(i % 7 + 0.25 * i);
        }
        forest.Leaf.Add(0.5);
        forest.TreeRoot.Add(0);
        forest.TreeLeafBase.Add(0);
        forest.TreeWeight.Add(1.0);
        forest.ClassTreeEnd.AddRange([1, 1]);
        forest.ClassBias.AddRange([0.0, 0.0]);
        TreeEnsembleScorer trees = forest.Read(width: 1);
        float[] matrix = [1f, 0f, -0.5f, -3f, -3.5f, -(n - 1), -(n - 1) - 0.5f, float.NaN, float.NegativeInfinity, -1e9f, -29f, -30f, -30.5f, -31f];
        var masked = new double[matrix.Length * 2];
        trees.SumRows(matrix, matrix.Length, 1, masked, TreeEvaluation.LeafMasks);
        for (int r = 0; r < matrix.Length; r++)
        {
            Assert.Equal(forest.Sums(matrix.AsSpan(r, 1))[0], masked[r * 2]);
        }
        Assert.Equal(0.5, masked[(matrix.Length - 6) * 2]);     // -infinity goes left all the way down
    }

    [Fact]
    public void Scores_of_a_block_match_scores_one_row_at_a_time()
    {
        var random = new Random(7);
        const int width = 6, rows = 150;
        Forest forest = RandomForest(random, width);
        while (forest.ClassBias.Count < 2) forest = RandomForest(random, width);
        TreeEnsembleScorer trees = forest.Read(width);
        float[] matrix = RandomRows(random, rows, width);
        var together = new float[rows * trees.Classes];
        var one = new float[trees.Classes];
        trees.ScoreRows(matrix, rows, width, together);
        for (int r = 0; r < rows; r++)
        {
            trees.Score(matrix.AsSpan(r * width, width), one);
            Assert.Equal(one, together.AsSpan(r * trees.Classes, trees.Classes).ToArray());
        }
    }
}
