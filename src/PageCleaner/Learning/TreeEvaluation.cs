namespace PageCleaner.Learning;

/// <summary>How <see cref="TreeEnsembleScorer"/> finds the leaves of a set of rows; the results are the same either way.</summary>
internal enum TreeEvaluation
{
    /// <summary>Each row walks each tree from the root, one comparison and branch per level.</summary>
    Walk,

    /// <summary>Blocks of rows compare every node with vector instructions and keep bitmasks of reachable leaves (see <see cref="LeafMaskTrees"/>), with the widest vectors the processor has.</summary>
    LeafMasks,

    /// <summary>As <see cref="LeafMasks"/> with 256-bit vectors only (what a processor without 512-bit ones runs; for tests).</summary>
    LeafMasks256,
}
