using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Vocabulary cues in the block's text, one flag per category of <see cref="CueVocabulary"/>.</summary>
internal sealed class CueFeatures : IFeatureExtractor
{
    public CueFeatures()
    {
        var list = new List<FeatureDefinition>();
        for (int c = 0; c < CueVocabulary.Count; c++)
        {
            list.Add(new($"cue.{CueVocabulary.Names[c]}", $"1 when the first 300 characters contain a '{CueVocabulary.Names[c]}' phrase from the multilingual cue list"));
        }
        list.Add(new("cue.short_with_cue", "1 when the block has under 80 characters and contains any furniture cue (not spam)"));
        Features = list;
    }

    public IReadOnlyList<FeatureDefinition> Features { get; }

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        int cues = page.Cues[block];
        for (int c = 0; c < CueVocabulary.Count; c++) row[c] = Flag((cues & (1 << c)) != 0);
        row[CueVocabulary.Count] = Flag(page.Stats[block].Chars < 80 && (cues & ~(1 << CueVocabulary.Spam)) != 0);
    }
}
