using System.Text;
using System.Text.Json;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Tests.Learning;

public sealed class ModelMetadataHeaderTests
{
    private static ModelMetadataHeader? Read(string json) => ModelMetadataHeader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_header_of_written_metadata_is_what_the_deserializer_reads()
    {
        var metadata = new ModelMetadata
        {
            SchemaFingerprint = "0123456789abcdef",
            Features = ["a", "b", "c"],
            Sources = [new TrainingSource("x.html", "00")],
            TrainingBlocks = new Dictionary<string, int> { ["content"] = 3 },
        };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(metadata, ModelJsonContext.Default.ModelMetadata);
        Assert.Equal(new ModelMetadataHeader(ModelMetadata.CurrentFormatVersion, "0123456789abcdef", 3), ModelMetadataHeader.Read(json));
    }

    [Fact]
    public void Missing_fields_take_the_metadata_defaults_and_null_is_no_header()
    {
        Assert.Equal(new ModelMetadataHeader(ModelMetadata.CurrentFormatVersion, "", 0), Read("{}"));
        Assert.Equal(new ModelMetadataHeader(7, null, 2), Read("""{"seed": {"nested": [1, 2]}, "formatVersion": 7, "schemaFingerprint": null, "features": ["x", null]}"""));
        Assert.Null(Read("null"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{"formatVersion": "1"}""")]
    [InlineData("""{"features": "a"}""")]
    [InlineData("""{"features": [1]}""")]
    [InlineData("""{"sources": [}""")]
    [InlineData("{} {}")]
    public void Broken_metadata_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json));
    }
}
