using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Calibrators;
using PageCleaner.Buffers;

namespace PageCleaner.Learning;

/// <summary>
/// A LightGBM multiclass model as plain arrays, evaluated without ML.NET's prediction machinery: per class, a sum of
/// regression trees (go left when the feature is at most the threshold), then softmax across classes. Immutable and
/// thread-safe; it gives the probabilities ML.NET gives for the same model (a test holds it to that).
/// </summary>
internal sealed class TreeEnsembleScorer
{
    // All trees of all classes, node arrays concatenated; a child below zero is ~leafIndex into the leaf arrays.
    private readonly int[] _feature, _left, _right;
    private readonly float[] _threshold;
    private readonly double[] _leaf;
    private readonly int[] _treeRoot, _treeLeafBase, _classTreeEnd;
    private readonly double[] _treeWeight, _classBias;
    private readonly Dictionary<int, double> _gains;

    // The same trees packed for scoring: one struct per node and per leaf (one cache line instead of four arrays), each
    // tree laid out depth first so that a node's left child is the next entry and only the right one is stored. A walk
    // that goes left then needs no load to know where it goes next, and the processor, predicting the branch, runs on
    // while the comparison is checked. A leaf's entry has Feature -1 and its absolute leaf index in Right; leaf values
    // are already multiplied by their tree's weight.
    private readonly PackedNode[] _packed;
    private readonly double[] _weightedLeaf;
    private readonly int[] _packedRoot;

    // The same trees again for scoring a block of rows with vector comparisons (see LeafMaskTrees).
    private readonly LeafMaskTrees _masks;

    /// <summary>One entry of the packed trees: a node (its feature, threshold and right child), or a leaf (feature -1, leaf index in Right).</summary>
    internal readonly record struct PackedNode(int Feature, float Threshold, int Right);

    private TreeEnsembleScorer(int[] feature, float[] threshold, int[] left, int[] right, double[] leaf, int[] treeRoot,
        int[] treeLeafBase, double[] treeWeight, int[] classTreeEnd, double[] classBias, Dictionary<int, double>? gains = null,
        int? validateWidth = null)
    {
        _gains = gains ?? [];
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _leaf = leaf;
        _treeRoot = treeRoot;
        _treeLeafBase = treeLeafBase;
        _treeWeight = treeWeight;
        _classTreeEnd = classTreeEnd;
        _classBias = classBias;
        if (validateWidth is int width) Validate(width);
        try
        {
            (_packed, _weightedLeaf, _packedRoot) = Pack();
            _masks = new LeafMaskTrees(_packed, _packedRoot, _weightedLeaf);
        }
        catch (IndexOutOfRangeException e)
        {
            throw new InvalidDataException("the compiled trees are inconsistent", e);
        }
    }

    /// <summary>Total split gain per feature index, summed over all trees (known for models taken from ML.NET, empty when read from a file).</summary>
    public IReadOnlyDictionary<int, double> FeatureGains => _gains;

    /// <summary>Number of classes (score slots), in the model's slot order.</summary>
    public int Classes => _classBias.Length;

    /// <summary>Takes the trees out of a trained or loaded ML.NET pipeline ending in a LightGBM multiclass predictor; null if it has another shape.</summary>
    public static TreeEnsembleScorer? TryCreate(ITransformer model)
    {
        // A fitted pipeline and a loaded one are chains of different generic types; both enumerate their transformers.
        ITransformer last = model is IEnumerable<ITransformer> chain ? chain.Last() : model;
        if (last is not MulticlassPredictionTransformer<OneVersusAllModelParameters> ova) return null;
        // ML.NET keeps the per-class models behind a non-public property; read it once, at load or training time.
        // The scorer is checked against ML.NET's own predictions by a test, so a change of shape is caught.
        var property = typeof(OneVersusAllModelParameters).GetProperty("SubModelParameters", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        if (property?.GetValue(ova.Model) is not System.Collections.IEnumerable subModels) return null;
        var builder = new Builder();
        foreach (object sub in subModels)
        {
            // LightGBM's per-class models come wrapped with a calibrator that the softmax output does not use.
            object inner = sub is CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated ? calibrated.SubModel : sub;
            if (inner is not TreeEnsembleModelParametersBasedOnRegressionTree trees) return null;
            builder.AddClass(trees.TrainedTreeEnsemble);
        }
        return builder.Build();
    }

    /// <summary>Writes the softmax probabilities of one row (<paramref name="scores"/> is <see cref="Classes"/> long).</summary>
    /// <remarks>
    /// The row must hold every feature index the trees use; <see cref="Validate"/> checked them against the width when
    /// the trees were read, and the caller passes rows of exactly that width, so the loop reads without bounds checks.
    /// </remarks>
    public void Score(ReadOnlySpan<float> row, Span<float> scores)
    {
        int tree = 0;
        Span<double> raw = stackalloc double[Classes];
        ref PackedNode nodes = ref MemoryMarshal.GetArrayDataReference(_packed);
        ref float x = ref MemoryMarshal.GetReference(row);
        for (int c = 0; c < Classes; c++)
        {
            double sum = _classBias[c];
            for (; tree < _classTreeEnd[c]; tree++)
            {
                sum += _weightedLeaf[Walk(ref nodes, _packedRoot[tree], ref x)];
            }
            raw[c] = sum;
        }
        Softmax(raw, scores);
    }

    /// <summary>
    /// Scores <paramref name="rows"/> rows of <paramref name="width"/> features at once into
    /// <paramref name="scores"/> (rows x <see cref="Classes"/>). Where the processor has 256-bit vectors the rows go
    /// through the trees in blocks, with vector comparisons (<see cref="LeafMaskTrees"/>); elsewhere each row walks
    /// the trees, tree by tree. Either way each row's sums add the same leaves in the same order as
    /// <see cref="Score"/>, so the results are bit-identical.
    /// </summary>
    public void ScoreRows(ReadOnlySpan<float> matrix, int rows, int width, Span<float> scores)
    {
        int classes = Classes;
        if (rows == 0) return;
        if (scores.Length < rows * classes) throw new ArgumentException("scores too small");
        var sums = new double[rows * classes];
        SumRows(matrix, rows, width, sums, Vector256.IsHardwareAccelerated ? TreeEvaluation.LeafMasks : TreeEvaluation.Walk);
        for (int r = 0; r < rows; r++) Softmax(sums.AsSpan(r * classes, classes), scores.Slice(r * classes, classes));
    }

    /// <summary>
    /// The raw scores before the softmax (rows x <see cref="Classes"/>: class bias plus the weighted leaves of the
    /// class's trees, in tree order), found by the given evaluation: it changes the speed and nothing else.
    /// </summary>
    internal void SumRows(ReadOnlySpan<float> matrix, int rows, int width, Span<double> sums, TreeEvaluation evaluation)
    {
        if (matrix.Length < rows * width || sums.Length < rows * Classes) throw new ArgumentException("matrix or sums too small");
        if (rows == 0) return;
        if (evaluation is TreeEvaluation.LeafMasks or TreeEvaluation.LeafMasks256 && width > _masks.MaxFeature)
        {
            SumByBlocks(matrix, rows, width, sums, evaluation == TreeEvaluation.LeafMasks && Vector512.IsHardwareAccelerated);
        }
        else SumByWalks(matrix, rows, width, sums);
    }

    // Each row walks each tree, tree by tree: one tree's nodes stay in the L1 cache while every row walks it.
    private void SumByWalks(ReadOnlySpan<float> matrix, int rows, int width, Span<double> sums)
    {
        int classes = Classes;
        ref PackedNode nodes = ref MemoryMarshal.GetArrayDataReference(_packed);
        ref float x0 = ref MemoryMarshal.GetReference(matrix);
        int tree = 0;
        for (int c = 0; c < classes; c++)
        {
            for (int r = 0; r < rows; r++) sums[r * classes + c] = _classBias[c];
            for (; tree < _classTreeEnd[c]; tree++)
            {
                int root = _packedRoot[tree];
                for (int r = 0; r < rows; r++)
                {
                    sums[r * classes + c] += _weightedLeaf[Walk(ref nodes, root, ref Unsafe.Add(ref x0, r * width))];
                }
            }
        }
    }

    // Rows in blocks of LeafMaskTrees.BlockRows, transposed so that a node compares a block's rows with a few vector
    // instructions; a tree without a mask layout is walked. A row's sum still starts from the class bias and adds its
    // leaves tree by tree, in the order of SumByWalks.
    private void SumByBlocks(ReadOnlySpan<float> matrix, int rows, int width, Span<double> sums, bool wide)
    {
        const int B = LeafMaskTrees.BlockRows;
        int classes = Classes;
        float[] block = PooledArrays.Rent<float>(width * B);
        Span<double> classSums = stackalloc double[B];
        Span<uint> masks = stackalloc uint[B];
        ref PackedNode nodes = ref MemoryMarshal.GetArrayDataReference(_packed);
        try
        {
            for (int start = 0; start < rows; start += B)
            {
                int count = Math.Min(B, rows - start);
                ReadOnlySpan<float> blockRows = matrix.Slice(start * width, count * width);
                Transpose(blockRows, count, width, block);
                int tree = 0;
                for (int c = 0; c < classes; c++)
                {
                    classSums.Fill(_classBias[c]);
                    for (; tree < _classTreeEnd[c]; tree++)
                    {
                        if (_masks.TryAddLeafValues(tree, block, count, classSums, wide, masks)) continue;
                        int root = _packedRoot[tree];
                        for (int r = 0; r < count; r++)
                        {
                            classSums[r] += _weightedLeaf[Walk(ref nodes, root, ref MemoryMarshal.GetReference(blockRows.Slice(r * width, width)))];
                        }
                    }
                    for (int r = 0; r < count; r++) sums[(start + r) * classes + c] = classSums[r];
                }
            }
        }
        finally
        {
            PooledArrays.Return(block);
        }
    }

    // Feature f of row r goes to block[f * BlockRows + r]; the rows after the last are zero (some are compared, their
    // results ignored).
    private static void Transpose(ReadOnlySpan<float> rows, int count, int width, float[] block)
    {
        const int B = LeafMaskTrees.BlockRows;
        if (rows.Length < count * width || block.Length < width * B || count > B) throw new ArgumentException("rows or block too small");
        ref float from = ref MemoryMarshal.GetReference(rows);
        ref float to = ref MemoryMarshal.GetArrayDataReference(block);
        for (int r = 0; r < count; r++)
        {
            ref float row = ref Unsafe.Add(ref from, r * width);
            ref float column = ref Unsafe.Add(ref to, r);
            for (int f = 0; f < width; f++) Unsafe.Add(ref column, f * B) = Unsafe.Add(ref row, f);
        }
        for (int f = 0; count < B && f < width; f++) block.AsSpan(f * B + count, B - count).Clear();
    }

    // From a root down to a leaf, whose index it returns: left when the feature is at most the threshold (a NaN goes right).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Walk(ref PackedNode nodes, int node, ref float x)
    {
        ref PackedNode n = ref Unsafe.Add(ref nodes, node);
        while (n.Feature >= 0)
        {
            node = Unsafe.Add(ref x, n.Feature) <= n.Threshold ? node + 1 : n.Right;
            n = ref Unsafe.Add(ref nodes, node);
        }
        return n.Right;
    }

    // The same arithmetic as the end of Score: shift by the maximum, exponentiate, normalise.
    private static void Softmax(Span<double> raw, Span<float> scores)
    {
        double max = double.NegativeInfinity;
        foreach (double v in raw) max = Math.Max(max, v);
        double total = 0;
        for (int c = 0; c < raw.Length; c++)
        {
            raw[c] = Math.Exp(raw[c] - max);
            total += raw[c];
        }
        for (int c = 0; c < raw.Length; c++) scores[c] = (float)(raw[c] / total);
    }

    private (PackedNode[], double[], int[]) Pack()
    {
        var packed = new List<PackedNode>(_feature.Length + _leaf.Length);
        var weighted = new double[_leaf.Length];
        var roots = new int[_treeRoot.Length];
        for (int t = 0; t < _treeRoot.Length; t++)
        {
            int leafBase = _treeLeafBase[t];
            int leafEnd = t + 1 < _treeRoot.Length ? _treeLeafBase[t + 1] : _leaf.Length;
            for (int l = leafBase; l < leafEnd; l++) weighted[l] = _treeWeight[t] * _leaf[l];
            // A tree's nodes run from its root to the next tree's root (roots are in node order).
            int first = Math.Max(_treeRoot[t], 0), end = first;
            if (_treeRoot[t] >= 0)
            {
                end = _feature.Length;
                for (int u = t + 1; u < _treeRoot.Length; u++)
                {
                    if (_treeRoot[u] >= 0) { end = _treeRoot[u]; break; }
                }
            }
            roots[t] = packed.Count;
            Place(packed, new TreeSpan(first, end, leafBase, packed.Count), _treeRoot[t]);
        }
        return ([.. packed], weighted, roots);
    }

    // Where a tree's nodes are in the arrays read from the model, and where its entries start in the packed array.
    private readonly record struct TreeSpan(int FirstNode, int EndNode, int LeafBase, int FirstEntry);

    // Appends the entries of the tree under root (a node, or ~leaf of the tree) depth first: a node, then its left
    // subtree, then its right one, whose position the node records. An explicit stack rather than recursion, since a
    // damaged or hostile model file may hold a tree as deep as it has nodes. A damaged file fails here, not while
    // scoring: a child outside its tree, a leaf that does not exist, or a cycle (more entries than the tree's nodes
    // and leaves).
    private void Place(List<PackedNode> packed, TreeSpan tree, int root)
    {
        var pending = new Stack<(int Child, int RightOf)>();
        pending.Push((root, -1));
        while (pending.Count > 0)
        {
            var (child, rightOf) = pending.Pop();
            int at = packed.Count;
            if (at - tree.FirstEntry > 2 * (tree.EndNode - tree.FirstNode)) throw new InvalidDataException("a tree has a cycle");
            if (rightOf >= 0) packed[rightOf] = packed[rightOf] with { Right = at };
            if (child < 0)
            {
                int leaf = tree.LeafBase + ~child;
                if (leaf < 0 || leaf >= _leaf.Length) throw new InvalidDataException("a tree points at a leaf that does not exist");
                packed.Add(new PackedNode(-1, 0, leaf));
                continue;
            }
            if (child < tree.FirstNode || child >= tree.EndNode) throw new InvalidDataException("a tree points at a node outside it");
            packed.Add(new PackedNode(_feature[child], _threshold[child], -1));
            pending.Push((_right[child], at));
            pending.Push((_left[child], -1));
        }
    }

    /// <summary>Writes the arrays in a fixed little-endian layout (the <c>compiled.bin</c> entry of a model file).</summary>
    public void WriteTo(BinaryWriter w)
    {
        WriteArray(w, _feature, w.Write);
        WriteArray(w, _threshold, w.Write);
        WriteArray(w, _left, w.Write);
        WriteArray(w, _right, w.Write);
        WriteArray(w, _leaf, w.Write);
        WriteArray(w, _treeRoot, w.Write);
        WriteArray(w, _treeLeafBase, w.Write);
        WriteArray(w, _treeWeight, w.Write);
        WriteArray(w, _classTreeEnd, w.Write);
        WriteArray(w, _classBias, w.Write);
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote, checking that every index stays inside its array.</summary>
    public static TreeEnsembleScorer ReadFrom(BinaryReader r, int width)
    {
        return new TreeEnsembleScorer(
            ReadArray<int>(r), ReadArray<float>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<double>(r),
            ReadArray<int>(r), ReadArray<int>(r), ReadArray<double>(r), ReadArray<int>(r), ReadArray<double>(r), validateWidth: width);
    }

    // A corrupt file must fail here with a clear error, not later with an index out of range mid-page.
    private void Validate(int width)
    {
        bool ok = _threshold.Length == _feature.Length && _left.Length == _feature.Length && _right.Length == _feature.Length
            && _treeLeafBase.Length == _treeRoot.Length && _treeWeight.Length == _treeRoot.Length && _classTreeEnd.Length == _classBias.Length
            && (_classTreeEnd.Length == 0 || _classTreeEnd[^1] == _treeRoot.Length);
        for (int i = 0; ok && i < _feature.Length; i++)
        {
            ok = _feature[i] >= 0 && _feature[i] < width && _left[i] < _feature.Length && _right[i] < _feature.Length;
        }
        for (int t = 0; ok && t < _treeRoot.Length; t++) ok = _treeRoot[t] < _feature.Length && _treeLeafBase[t] >= 0 && _treeLeafBase[t] <= _leaf.Length;
        if (!ok) throw new InvalidDataException("the compiled trees are inconsistent");
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values, Action<T> write)
    {
        w.Write(values.Length);
        foreach (T v in values) write(v);
    }

    // The values are stored little-endian, as BinaryWriter writes them: read in one block (a model holds hundreds of
    // thousands of them, and reading them one call at a time showed in the start-up time), swapped on big-endian hosts.
    private static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 50_000_000) throw new InvalidDataException("array length out of range");
        var values = new T[n];
        Span<byte> bytes = MemoryMarshal.AsBytes(values.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            int size = Unsafe.SizeOf<T>();
            for (int i = 0; i < bytes.Length; i += size) bytes.Slice(i, size).Reverse();
        }
        return values;
    }

    private sealed class Builder
    {
        private readonly List<int> _feature = [], _left = [], _right = [], _treeRoot = [], _treeLeafBase = [], _classTreeEnd = [];
        private readonly List<float> _threshold = [];
        private readonly List<double> _leaf = [], _treeWeight = [], _classBias = [];
        private readonly Dictionary<int, double> _gains = [];

        public void AddClass(TreeEnsemble<RegressionTree> ensemble)
        {
            for (int t = 0; t < ensemble.Trees.Count; t++)
            {
                RegressionTree tree = ensemble.Trees[t];
                int nodeBase = _feature.Count;
                _treeRoot.Add(tree.NumberOfNodes == 0 ? ~0 : nodeBase);
                _treeLeafBase.Add(_leaf.Count);
                _treeWeight.Add(ensemble.TreeWeights[t]);
                for (int n = 0; n < tree.NumberOfNodes; n++)
                {
                    _feature.Add(tree.NumericalSplitFeatureIndexes[n]);
                    _gains[tree.NumericalSplitFeatureIndexes[n]] = _gains.GetValueOrDefault(tree.NumericalSplitFeatureIndexes[n]) + tree.SplitGains[n];
                    _threshold.Add(tree.NumericalSplitThresholds[n]);
                    _left.Add(Child(tree.LeftChild[n], nodeBase));
                    _right.Add(Child(tree.RightChild[n], nodeBase));
                }
                foreach (double v in tree.LeafValues) _leaf.Add(v);
            }
            _classTreeEnd.Add(_treeRoot.Count);
            _classBias.Add(ensemble.Bias);
        }

        // Internal nodes move by the tree's offset; leaves (negative, ~leaf) stay relative to the tree's leaves.
        private static int Child(int child, int nodeBase) => child >= 0 ? child + nodeBase : child;

        public TreeEnsembleScorer Build() => new(
            [.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _leaf], [.. _treeRoot], [.. _treeLeafBase],
            [.. _treeWeight], [.. _classTreeEnd], [.. _classBias], _gains);
    }
}
