using PageCleaner.Features.Extractors;
using PageCleaner.Segmentation;

namespace PageCleaner.Features;

/// <summary>
/// Turns a segmented page into its feature matrix, one row per block, in the column order of <see cref="Schema"/>.
/// Training and cleaning both call this, so the model always sees rows made the same way.
/// </summary>
internal sealed class FeatureExtractor
{
    private readonly IFeatureExtractor[] _extractors;

    // Each extractor's column count, read once: asked per block, it was two interface calls each time.
    private readonly int[] _widths;

    public FeatureExtractor()
    {
        _extractors =
        [
            new TextShapeFeatures(), new LinkFeatures(), new StructureFeatures(), new MarkupTokenFeatures(),
            new ContainerFeatures(), new PositionFeatures(), new LineLayoutFeatures(), new CueFeatures(),
            new NeighbourFeatures(), new HiddenReasonFeatures(), new LinkHostFeatures(), new SpamVocabularyFeatures(),
            new LanguageMismatchFeatures(), new RepetitionFeatures(),
        ];
        var all = new List<FeatureDefinition>();
        foreach (IFeatureExtractor e in _extractors) all.AddRange(e.Features);
        _widths = [.. _extractors.Select(e => e.Features.Count)];
        Schema = new FeatureSchema(all);
        FirstStageSchema = new FeatureSchema([.. all, LexicalFeature.Definition]);
        StackedSchema = new FeatureSchema([.. all, LexicalFeature.Definition, .. ContextFeatures.Definitions]);
    }

    /// <summary>The extractor every model of this version uses; stateless and shareable.</summary>
    public static FeatureExtractor Default { get; } = new();

    public FeatureSchema Schema { get; }

    /// <summary>The first stage's rows: <see cref="Schema"/> followed by <see cref="LexicalFeature"/>, which the model itself computes.</summary>
    public FeatureSchema FirstStageSchema { get; }

    /// <summary>The second-stage schema: <see cref="FirstStageSchema"/> followed by <see cref="ContextFeatures"/>. Model files name this one.</summary>
    public FeatureSchema StackedSchema { get; }

    /// <summary>Returns the analysis and the row-major matrix (blocks x <see cref="FeatureSchema.Count"/>).</summary>
    public (PageAnalysis Analysis, float[] Matrix) Extract(SegmentedPage page, PageDeadline deadline = default)
    {
        var matrix = new float[page.Blocks.Count * Schema.Count];
        return (Extract(page, matrix, deadline), matrix);
    }

    /// <summary>
    /// Writes the matrix into the first blocks x <see cref="FeatureSchema.Count"/> values of <paramref name="matrix"/>
    /// (cleared first: it may be a pooled buffer) and returns the analysis.
    /// </summary>
    public PageAnalysis Extract(SegmentedPage page, Span<float> matrix, PageDeadline deadline = default)
    {
        PageAnalysis analysis = PageAnalysis.Build(page);
        int width = Schema.Count;
        matrix = matrix[..(page.Blocks.Count * width)];
        matrix.Clear();
        for (int i = 0; i < page.Blocks.Count; i++)
        {
            if ((i & 1023) == 1023) deadline.Check();
            Span<float> row = matrix.Slice(i * width, width);
            int offset = 0;
            for (int k = 0; k < _extractors.Length; k++)
            {
                _extractors[k].Extract(analysis, i, row.Slice(offset, _widths[k]));
                offset += _widths[k];
            }
        }
        return analysis;
    }
}
