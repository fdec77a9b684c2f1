using PageCleaner.Features;
using PageCleaner.Segmentation;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

/// <summary>Extracts a page's features and reads values by feature name.</summary>
internal sealed class FeatureRows
{
    private readonly float[] _matrix;
    private readonly FeatureSchema _schema = FeatureExtractor.Default.Schema;

    public FeatureRows(SegmentedPage page)
    {
        Page = page;
        (_, _matrix) = FeatureExtractor.Default.Extract(page);
    }

    public SegmentedPage Page { get; }

    public float this[int block, string feature]
    {
        get
        {
            int column = IndexOf(feature);
            return _matrix[block * _schema.Count + column];
        }
    }

    /// <summary>All the features of one block, in schema order.</summary>
    public ReadOnlySpan<float> Row(int block) => _matrix.AsSpan(block * _schema.Count, _schema.Count);

    /// <summary>The value for the only block whose text contains <paramref name="fragment"/>.</summary>
    public float Of(string fragment, string feature) => this[Page.BlockWith(fragment).Index, feature];

    public static int IndexOf(string feature)
    {
        int column = -1;
        var names = FeatureExtractor.Default.Schema.Names;
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == feature) column = i;
        }
        Assert.True(column >= 0, $"no feature named {feature}");
        return column;
    }
}
