namespace PageCleaner.Features;

/// <summary>
/// The one feature a model learns for itself before its trees: the lexical model's score of the block's words
/// (<see cref="Learning.Lexical.LexicalModel"/>). It follows the extractors' columns in both stages' rows.
/// </summary>
internal static class LexicalFeature
{
    public static FeatureDefinition Definition { get; } =
        new("lex.content_log_odds", "log-odds that the block is content from its words and word pairs alone (digits read as 0; a linear model trained with the trees)");
}
