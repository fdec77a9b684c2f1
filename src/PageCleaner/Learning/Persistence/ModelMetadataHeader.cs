using System.Text.Json;

namespace PageCleaner.Learning.Persistence;

/// <summary>
/// The fields of <c>metadata.json</c> that decide whether a model can be used: format version and feature schema.
/// Read with a plain JSON reader, which also checks the syntax of the whole file, so that cleaning need not
/// deserialize the rest (the training sources and scores: most of the file, and most of the start-up time it cost).
/// </summary>
internal readonly record struct ModelMetadataHeader(int FormatVersion, string? SchemaFingerprint, int FeatureCount)
{
    /// <summary>The header, or null when the document is JSON null; as <see cref="ModelMetadata"/> defaults where a field is missing.</summary>
    /// <exception cref="JsonException">The text is not JSON, or a field has the wrong type.</exception>
    public static ModelMetadataHeader? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read()) throw new JsonException("metadata.json holds no JSON value");
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("metadata.json is not a JSON object");
        int version = ModelMetadata.CurrentFormatVersion, features = 0;
        string? fingerprint = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "formatVersion":
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out version)) throw new JsonException("formatVersion is not a whole number");
                    break;
                case "schemaFingerprint":
                    if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) throw new JsonException("schemaFingerprint is not a string");
                    fingerprint = reader.GetString();
                    break;
                case "features":
                    features = CountStrings(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        // Anything after the object (a second value, stray text) is an error, as it is for the deserializer.
        if (reader.Read()) throw new JsonException("metadata.json holds more than one JSON value");
        return new ModelMetadataHeader(version, fingerprint, features);
    }

    private static int CountStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return 0;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("features is not a list");
        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) throw new JsonException("features holds something other than names");
            count++;
        }
        return count;
    }
}
