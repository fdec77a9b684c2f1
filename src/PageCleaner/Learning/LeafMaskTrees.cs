using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PageCleaner.Learning;

/// <summary>
/// The trees of a <see cref="TreeEnsembleScorer"/> laid out to find the leaf of <see cref="BlockRows"/> rows at once
/// without a branch per node. Each row keeps a bitmask of the leaves of a tree it may still reach (bit i: the i-th
/// leaf from the left). Every node of the tree is compared for all rows with vector instructions; where a row's
/// comparison fails (it would go right), the leaves of the node's left subtree are cleared. The row's leaf is then the
/// lowest bit left: no leaf left of it survives (each has a failed node above it), and the leaf the walk reaches is
/// never cleared (no failed node has it on the left). This is the bitvector idea of QuickScorer (Lucchese et al.,
/// 2015), here applied node by node over a block of rows rather than threshold by threshold over one row.
/// </summary>
/// <remarks>
/// Only trees of at most 32 leaves get a layout (a mask is one 32-bit lane); for the others
/// <see cref="TryAddLeafValues"/> says no and the caller walks them. The rows arrive transposed: feature f of block row r
/// at <c>f * BlockRows + r</c>, so that one node reads its feature for eight rows with one load.
/// </remarks>
internal sealed class LeafMaskTrees
{
    /// <summary>Rows per block: eight vectors of eight lanes.</summary>
    public const int BlockRows = 64;

    private const int MaxLeaves = 32;

    // Per tree: its nodes in _offset/_threshold/_mask from _nodeStart[t] to _nodeStart[t + 1], its leaf values from
    // _leafStart[t] in left-to-right order, padded with zeros to 32 so that any bit index reads inside the tree's own
    // values; _leafStart is -1 for a tree without a layout.
    private readonly int[] _nodeStart, _leafStart;
    private readonly int[] _offset;
    private readonly float[] _threshold;
    private readonly uint[] _mask;
    private readonly double[] _leafValue;

    /// <summary>The highest feature index any laid-out node reads (-1 if none): a block must hold that many columns.</summary>
    public int MaxFeature { get; }

    /// <summary>
    /// Lays out the trees from the depth-first entries of <see cref="TreeEnsembleScorer"/> (a node's left subtree
    /// follows it, its right one starts at its <c>Right</c>; a leaf has feature -1 and its value index in <c>Right</c>),
    /// tree t starting at <c>roots[t]</c> and ending where the next one starts.
    /// </summary>
    /// <remarks>
    /// Runs while the model loads, before the runtime has optimised anything: compiled optimised at once, and with
    /// plain arrays, so that the layout of the default model's 55,000 entries adds no noticeable start-up time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LeafMaskTrees(ReadOnlySpan<TreeEnsembleScorer.PackedNode> entries, ReadOnlySpan<int> roots, ReadOnlySpan<double> leafValues)
    {
        int trees = roots.Length;
        _nodeStart = new int[trees + 1];
        _leafStart = new int[trees];
        // First the sizes: which trees fit a mask, how many nodes they have, and the longest tree.
        int nodes = 0, masked = 0, longest = 0;
        for (int t = 0; t < trees; t++)
        {
            int first = roots[t], end = t + 1 < trees ? roots[t + 1] : entries.Length, leaves = 0;
            for (int e = first; e < end; e++) leaves += entries[e].Feature < 0 ? 1 : 0;
            longest = Math.Max(longest, end - first);
            _leafStart[t] = leaves <= MaxLeaves ? masked++ * MaxLeaves : -1;
            if (_leafStart[t] >= 0) nodes += end - first - leaves;
        }
        _offset = new int[nodes];
        _threshold = new float[nodes];
        _mask = new uint[nodes];
        _leafValue = new double[masked * MaxLeaves];
        int maxFeature = -1, node = 0;
        // Leaves before each entry of the current tree, relative to its first entry.
        var leavesBefore = new int[longest + 1];
        for (int t = 0; t < trees; t++)
        {
            _nodeStart[t] = node;
            if (_leafStart[t] < 0) continue;
            int first = roots[t], end = t + 1 < trees ? roots[t + 1] : entries.Length, leaf = _leafStart[t];
            for (int e = first; e < end; e++) leavesBefore[e + 1 - first] = leavesBefore[e - first] + (entries[e].Feature < 0 ? 1 : 0);
            for (int e = first; e < end; e++)
            {
                if (entries[e].Feature < 0)
                {
                    _leafValue[leaf++] = leafValues[entries[e].Right];
                    continue;
                }
                // The left subtree is the entries from e + 1 up to the right child: its leaves are a run of bits.
                int from = leavesBefore[e + 1 - first], to = leavesBefore[entries[e].Right - first];
                ulong left = ((1UL << to) - 1) ^ ((1UL << from) - 1);
                _offset[node] = entries[e].Feature * BlockRows;
                _threshold[node] = entries[e].Threshold;
                _mask[node] = ~(uint)left;
                maxFeature = Math.Max(maxFeature, entries[e].Feature);
                node++;
            }
        }
        _nodeStart[trees] = node;
        MaxFeature = maxFeature;
    }

    /// <summary>
    /// Adds to the first <paramref name="rows"/> of <paramref name="sums"/> the (weighted) leaf value each row of the
    /// transposed <paramref name="block"/> reaches in tree <paramref name="tree"/>; false, adding nothing, if the tree
    /// has no layout. <paramref name="block"/> must hold at least <see cref="MaxFeature"/> + 1 columns of
    /// <see cref="BlockRows"/> rows, the rows after <paramref name="rows"/> up to a multiple of eight readable.
    /// <paramref name="wide"/> compares sixteen rows to a vector (512-bit vectors, which the processor must have)
    /// rather than eight. <paramref name="masks"/> (<see cref="BlockRows"/> long) is scratch space the caller lends for
    /// all its trees: a stack array per call would be cleared once per tree.
    /// </summary>
    public bool TryAddLeafValues(int tree, ReadOnlySpan<float> block, int rows, Span<double> sums, bool wide, Span<uint> masks)
    {
        int leafStart = _leafStart[tree];
        if (leafStart < 0) return false;
        if (block.Length < (MaxFeature + 1) * BlockRows || rows < 0 || rows > BlockRows || sums.Length < rows || masks.Length < BlockRows) throw new ArgumentException("block, sums or masks too small");
        // A block part full (the last of a page) compares only the vectors it needs, one at a time when they are few.
        int vectors = (rows + 7) / 8;
        if (vectors > 2 && wide) FindMasks512(tree, block, masks);
        else if (vectors > 2) FindMasks(tree, block, masks);
        else
        {
            for (int v = 0; v < vectors; v++) FindMasks(tree, block, v * 8, masks.Slice(v * 8, 8));
        }
        // The reached leaf always survives, so a mask is never empty and its lowest bit is one of the tree's leaves;
        // the index is kept below 32 anyway, so that the read stays among the tree's padded values whatever the mask.
        ref double leaves = ref _leafValue[leafStart];
        for (int r = 0; r < rows; r++) sums[r] += Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(masks[r]) & (MaxLeaves - 1));
        return true;
    }

    // Every node of the tree over the whole block, eight rows to a vector.
    private void FindMasks(int tree, ReadOnlySpan<float> block, Span<uint> masks)
    {
        Vector256<uint> m0 = Vector256<uint>.AllBitsSet, m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
        ref float columns = ref MemoryMarshal.GetReference(block);
        ref int offset = ref MemoryMarshal.GetArrayDataReference(_offset);
        ref float threshold = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref uint mask = ref MemoryMarshal.GetArrayDataReference(_mask);
        for (int i = _nodeStart[tree], end = _nodeStart[tree + 1]; i < end; i++)
        {
            ref float x = ref Unsafe.Add(ref columns, Unsafe.Add(ref offset, i));
            var t = Vector256.Create(Unsafe.Add(ref threshold, i));
            var keep = Vector256.Create(Unsafe.Add(ref mask, i));
            // Lanes whose comparison holds (all bits set) keep every leaf; the others lose the left subtree's leaves.
            m0 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 0), t).AsUInt32() | keep;
            m1 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 8), t).AsUInt32() | keep;
            m2 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 16), t).AsUInt32() | keep;
            m3 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 24), t).AsUInt32() | keep;
            m4 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 32), t).AsUInt32() | keep;
            m5 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 40), t).AsUInt32() | keep;
            m6 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 48), t).AsUInt32() | keep;
            m7 &= Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref x, 56), t).AsUInt32() | keep;
        }
        m0.CopyTo(masks);
        m1.CopyTo(masks[8..]);
        m2.CopyTo(masks[16..]);
        m3.CopyTo(masks[24..]);
        m4.CopyTo(masks[32..]);
        m5.CopyTo(masks[40..]);
        m6.CopyTo(masks[48..]);
        m7.CopyTo(masks[56..]);
    }

    // The same, sixteen rows to a vector: half the instructions where the processor has 512-bit vectors.
    private void FindMasks512(int tree, ReadOnlySpan<float> block, Span<uint> masks)
    {
        Vector512<uint> m0 = Vector512<uint>.AllBitsSet, m1 = m0, m2 = m0, m3 = m0;
        ref float columns = ref MemoryMarshal.GetReference(block);
        ref int offset = ref MemoryMarshal.GetArrayDataReference(_offset);
        ref float threshold = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref uint mask = ref MemoryMarshal.GetArrayDataReference(_mask);
        for (int i = _nodeStart[tree], end = _nodeStart[tree + 1]; i < end; i++)
        {
            ref float x = ref Unsafe.Add(ref columns, Unsafe.Add(ref offset, i));
            var t = Vector512.Create(Unsafe.Add(ref threshold, i));
            var keep = Vector512.Create(Unsafe.Add(ref mask, i));
            m0 &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref x, 0), t).AsUInt32() | keep;
            m1 &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref x, 16), t).AsUInt32() | keep;
            m2 &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref x, 32), t).AsUInt32() | keep;
            m3 &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref x, 48), t).AsUInt32() | keep;
        }
        m0.CopyTo(masks);
        m1.CopyTo(masks[16..]);
        m2.CopyTo(masks[32..]);
        m3.CopyTo(masks[48..]);
    }

    // Every node of the tree over the eight rows from `first`.
    private void FindMasks(int tree, ReadOnlySpan<float> block, int first, Span<uint> masks)
    {
        Vector256<uint> m = Vector256<uint>.AllBitsSet;
        ref float columns = ref Unsafe.Add(ref MemoryMarshal.GetReference(block), first);
        for (int i = _nodeStart[tree], end = _nodeStart[tree + 1]; i < end; i++)
        {
            Vector256<float> x = Vector256.LoadUnsafe(ref Unsafe.Add(ref columns, _offset[i]));
            m &= Vector256.LessThanOrEqual(x, Vector256.Create(_threshold[i])).AsUInt32() | Vector256.Create(_mask[i]);
        }
        m.CopyTo(masks);
    }
}
