using PageCleaner.Features;

namespace PageCleaner.Tests.Features;

public sealed class FeatureSchemaTests
{
    private static readonly FeatureSchema Schema = FeatureExtractor.Default.Schema;

    [Fact]
    public void Feature_names_are_unique()
    {
        Assert.Equal(Schema.Count, Schema.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_feature_has_a_name_and_a_meaning()
    {
        Assert.NotEmpty(Schema.Features);
        Assert.All(Schema.Features, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Name));
            Assert.DoesNotContain(' ', f.Name);
            Assert.False(string.IsNullOrWhiteSpace(f.Meaning), f.Name);
        });
        Assert.Equal(Schema.Features.Select(f => f.Name), Schema.Names);
    }

    [Fact]
    public void Fingerprint_is_16_hex_digits_and_depends_on_names_and_order()
    {
        Assert.Matches("^[0-9a-f]{16}$", Schema.Fingerprint);
        Assert.Equal(Schema.Fingerprint, new FeatureSchema(Schema.Features).Fingerprint);
        Assert.Equal(Schema.Fingerprint, new FeatureExtractor().Schema.Fingerprint);

        var reordered = Schema.Features.Reverse().ToList();
        Assert.NotEqual(Schema.Fingerprint, new FeatureSchema(reordered).Fingerprint);
        var fewer = Schema.Features.Take(Schema.Count - 1).ToList();
        Assert.NotEqual(Schema.Fingerprint, new FeatureSchema(fewer).Fingerprint);
    }

    [Fact]
    public void Meanings_do_not_change_the_fingerprint()
    {
        var reworded = Schema.Features.Select(f => f with { Meaning = "reworded" }).ToList();
        Assert.Equal(Schema.Fingerprint, new FeatureSchema(reworded).Fingerprint);
    }
}
