using System.Globalization;
using System.Text.Json;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// Reads and validates a <c>.pagecleaner.json</c>. Every key is optional; an unknown key, a value of the wrong type,
/// a malformed pattern or hash is an error naming the file and the key, so a typo never silently weakens the check.
/// Comments (<c>//</c>, <c>/* */</c>) and trailing commas are allowed.
/// </summary>
internal static class CheckConfigReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the config at <paramref name="path"/> (absolute; shown as <paramref name="display"/> in errors).</summary>
    /// <exception cref="CheckConfigException">The file cannot be read or is not a valid config.</exception>
    public static CheckConfig Read(string path, string display)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckConfigException($"{display}: cannot read the config ({e.Message})", e);
        }
        return Parse(bytes, path, display);
    }

    /// <summary>Parses config bytes; patterns are relative to the folder of <paramref name="path"/>.</summary>
    public static CheckConfig Parse(ReadOnlySpan<byte> bytes, string path, string display)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.ToArray(), Options);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $" at line {(line + 1).ToString(CultureInfo.InvariantCulture)}" : "";
            throw new CheckConfigException($"{display}: not valid JSON{where}");
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement, path, display);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to make a string of these.
                throw Problem(display, "a string is not valid text (bytes that are not UTF-8, or half of a surrogate pair such as \\ud800)");
            }
        }
    }

    private static CheckConfig Read(JsonElement root, string path, string display)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Problem(display, "the config must be a JSON object");
        var include = new List<GlobPattern>();
        var exclude = new List<GlobPattern>();
        bool includeGiven = false;
        FailOn? failOn = null;
        double? minScore = null;
        var allow = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "include":
                    includeGiven = true;
                    ReadPatterns(property, include, display);
                    break;
                case "exclude":
                    ReadPatterns(property, exclude, display);
                    break;
                case "failOn":
                    failOn = ReadFailOn(property, display);
                    break;
                case "minScore":
                    minScore = ReadScore(property, display);
                    break;
                case "allow":
                    ReadAllow(property, allow, display);
                    break;
                default:
                    if (property.Name.StartsWith('$')) break; // "$comment", "$schema": notes for people and editors
                    throw Problem(display, $"unknown key \"{property.Name}\" (known: include, exclude, failOn, minScore, allow)");
            }
        }
        string folder = Path.GetDirectoryName(path) ?? Path.GetPathRoot(path) ?? "/";
        if (!includeGiven) include.AddRange(CheckConfig.Defaults(folder).Include);
        return new CheckConfig(path, folder, include, exclude, failOn, minScore, allow);
    }

    private static void ReadPatterns(JsonProperty property, List<GlobPattern> into, string display)
    {
        if (property.Value.ValueKind != JsonValueKind.Array) throw Problem(display, $"\"{property.Name}\" must be a list of patterns");
        int i = 0;
        foreach (JsonElement item in property.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw Problem(display, $"\"{property.Name}\"[{i}] must be a string");
            string text = item.GetString()!;
            GlobPattern pattern = GlobPattern.TryParse(text, out string? why)
                ?? throw Problem(display, $"\"{property.Name}\"[{i}] \"{text}\" {why}");
            into.Add(pattern);
            i++;
        }
    }

    private static FailOn ReadFailOn(JsonProperty property, string display)
    {
        string? value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        return value switch
        {
            "spam" => FailOn.Spam,
            "boilerplate" => FailOn.Boilerplate,
            "obfuscated" => FailOn.Obfuscated,
            _ => throw Problem(display, "\"failOn\" must be \"spam\", \"boilerplate\" or \"obfuscated\""),
        };
    }

    private static double ReadScore(JsonProperty property, string display)
    {
        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDouble(out double score) || score is < 0 or > 1 || double.IsNaN(score))
            throw Problem(display, "\"minScore\" must be a number from 0 to 1");
        return score;
    }

    private static void ReadAllow(JsonProperty property, HashSet<string> into, string display)
    {
        if (property.Value.ValueKind != JsonValueKind.Array) throw Problem(display, "\"allow\" must be a list of hashes");
        int i = 0;
        foreach (JsonElement item in property.Value.EnumerateArray())
        {
            string? hash = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => ReadAllowObject(item, i, display),
                _ => null,
            };
            if (hash is null || !BlockHash.IsWellFormed(hash))
                throw Problem(display, $"\"allow\"[{i}] must be a {BlockHash.Length}-digit hex hash as printed after 'hash=', or {{\"hash\": ..., \"note\": ...}}");
            into.Add(hash.ToLowerInvariant());
            i++;
        }
    }

    private static string? ReadAllowObject(JsonElement item, int index, string display)
    {
        string? hash = null;
        foreach (JsonProperty p in item.EnumerateObject())
        {
            if (p.Name == "hash" && p.Value.ValueKind == JsonValueKind.String) hash = p.Value.GetString();
            else if (p.Name == "note" && p.Value.ValueKind == JsonValueKind.String) continue;
            else throw Problem(display, $"\"allow\"[{index}] may hold only \"hash\" and \"note\" strings, not \"{p.Name}\"");
        }
        return hash;
    }

    private static CheckConfigException Problem(string display, string message) => new($"{display}: {message}");
}
