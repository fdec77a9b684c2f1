using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// One JSONL document's page: the <c>text</c> field when it is a string (a dump, one block per line), otherwise the
/// <c>html</c> field.
/// </summary>
/// <param name="Field"><c>text</c> or <c>html</c>.</param>
/// <param name="Value">The field's string.</param>
internal sealed record JsonlDocument(string Field, string Value)
{
    public const string TextField = "text";
    public const string HtmlField = "html";

    // Non-ASCII text is written as it is, not as \u escapes, so a rewritten line stays readable and diffs small.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a line; null and a one-line reason when it is not a document this check can read.</summary>
    public static JsonlDocument? TryRead(byte[] line, out string? problem)
    {
        problem = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }
            foreach (string field in new[] { TextField, HtmlField })
            {
                if (root.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String)
                    return new JsonlDocument(field, value.GetString()!);
            }
            problem = "the object has no \"text\" or \"html\" string field";
            return null;
        }
        catch (JsonException)
        {
            problem = "not valid JSON";
            return null;
        }
        catch (InvalidOperationException e)
        {
            problem = "the field cannot be read as text (" + e.Message + ")";
            return null;
        }
    }

    /// <summary>The line with <paramref name="field"/> set to <paramref name="value"/>, other members kept in order.</summary>
    public static string WithField(byte[] line, string field, string value)
    {
        JsonObject document = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidOperationException("not a JSON object");
        document[field] = value;
        return document.ToJsonString(WriteOptions);
    }
}
