using System.Text.Json.Serialization;

namespace PageCleaner.Learning.Persistence;

/// <summary>Source-generated JSON for model metadata (no reflection at run time).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ModelMetadata))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
