using System.Security.Cryptography;
using System.Text;

namespace PageCleaner.Features;

/// <summary>
/// The ordered list of features a model was trained on. Its fingerprint goes into the model file, so a model
/// never meets rows laid out for another schema.
/// </summary>
public sealed class FeatureSchema
{
    /// <summary>Creates a schema from its features, in column order.</summary>
    public FeatureSchema(IReadOnlyList<FeatureDefinition> features)
    {
        Features = features;
        var names = new string[features.Count];
        for (int i = 0; i < names.Length; i++) names[i] = features[i].Name;
        Names = names;
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', names)));
        Fingerprint = Convert.ToHexStringLower(digest.AsSpan(0, 8));
    }

    /// <summary>The features in column order.</summary>
    public IReadOnlyList<FeatureDefinition> Features { get; }

    /// <summary>The feature names in column order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of columns.</summary>
    public int Count => Names.Count;

    /// <summary>First 16 hex digits of the SHA-256 of the names joined by newlines.</summary>
    public string Fingerprint { get; }
}
