using PageCleaner.Learning.Lexical;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Fits the lexical model on every training page, after writing each page's lexical column with a model fitted on
/// the other folds: the first stage must learn how far to trust the words on pages the lexical model has not seen.
/// </summary>
internal static class OutOfFoldLexical
{
    /// <param name="pages">The training pages.</param>
    /// <param name="rows">Each page's first-stage rows, whose last column this fills.</param>
    /// <param name="foldOf">Each page's fold (<see cref="ArticleFolds"/>), 0 to <paramref name="folds"/> − 1.</param>
    /// <param name="folds">The number of folds.</param>
    /// <param name="width">The first-stage rows' width.</param>
    /// <param name="seed">Orders the examples of each fit.</param>
    /// <param name="progress">Told when each fit starts.</param>
    public static LexicalModel Fit(
        IReadOnlyList<LabeledPage> pages, IReadOnlyList<float[]> rows, int[] foldOf, int folds, int width, int seed, Action<string>? progress)
    {
        var examples = new List<LexicalExample>[pages.Count];
        for (int i = 0; i < pages.Count; i++) examples[i] = Examples(pages[i]);
        for (int fold = 0; fold < folds; fold++)
        {
            progress?.Invoke($"lexical model, fold {fold + 1} of {folds}");
            LexicalModel foldModel = LexicalTrainer.Train(Gather(examples, i => foldOf[i] != fold), seed);
            for (int i = 0; i < pages.Count; i++)
            {
                if (foldOf[i] == fold) foldModel.WriteColumn(pages[i].Page.Blocks, rows[i], width, width - 1);
            }
        }
        progress?.Invoke("lexical model, all pages");
        return LexicalTrainer.Train(Gather(examples, _ => true), seed);
    }

    // Content against boilerplate only. Injected spam is left to the spam evidence: its words change from one campaign
    // to the next, and a lexical model that had learned the training campaigns' words would be trusted on spam it
    // has never read (with spam blocks in, dump link lists inside the article were missed twice as often).
    private static List<LexicalExample> Examples(LabeledPage page)
    {
        var list = new List<LexicalExample>();
        Span<int> slots = stackalloc int[LexicalTokens.MaxSlotsPerText];
        foreach (var block in page.Page.Blocks)
        {
            if (block.Annotation is not BlockLabel label || label == BlockLabel.Spam) continue;
            int count = LexicalTokens.Hash(block.Text, slots);
            list.Add(new LexicalExample(slots[..count].ToArray(), label == BlockLabel.Content));
        }
        return list;
    }

    private static List<LexicalExample> Gather(List<LexicalExample>[] examples, Func<int, bool> include)
    {
        var all = new List<LexicalExample>();
        for (int i = 0; i < examples.Length; i++)
        {
            if (include(i)) all.AddRange(examples[i]);
        }
        return all;
    }
}
