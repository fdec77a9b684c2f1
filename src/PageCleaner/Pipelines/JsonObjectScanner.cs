using System.Text.Json;
using PageCleaner.Text;

namespace PageCleaner.Pipelines;

/// <summary>
/// Finds the top-level members of a JSON object line without building a document, so that each can be copied out
/// byte for byte (numbers keep their digits, strings their escapes). The whole line is validated on the way.
/// </summary>
internal static class JsonObjectScanner
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 1024 };

    /// <summary>The members in order; null and a one-line reason when the line is not one valid JSON object.</summary>
    public static List<JsonMember>? Scan(ReadOnlySpan<byte> line, out string? problem)
    {
        problem = null;
        var reader = new Utf8JsonReader(line, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "not a JSON object";
                // Still validate, so that "not valid JSON" wins over "not an object" for garbage such as 12x.
                while (reader.Read()) { }
                return null;
            }
            var members = new List<JsonMember>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int start = (int)reader.TokenStartIndex;
                string name = JsonStringDecoder.ToString(reader.ValueSpan);
                reader.Read();
                int valueStart = (int)reader.TokenStartIndex;
                JsonTokenType kind = reader.TokenType;
                reader.Skip();
                members.Add(new JsonMember(name, start, (int)reader.BytesConsumed, valueStart, kind));
            }
            // Past the closing brace only white space may follow; the reader throws on anything else.
            while (reader.Read()) { }
            return members;
        }
        catch (JsonException e)
        {
            problem = "not valid JSON: " + OneLine(e.Message);
            return null;
        }
    }

    /// <summary>The escaped content of <paramref name="member"/>'s string value (between its quotes).</summary>
    public static ReadOnlySpan<byte> StringContent(ReadOnlySpan<byte> line, JsonMember member) => line[(member.ValueStart + 1)..(member.End - 1)];

    // System.Text.Json ends its messages with " LineNumber: 0 | BytePositionInLine: 12."; within one line, the byte is what counts.
    private static string OneLine(string message)
    {
        message = message.ReplaceLineEndings(" ");
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at < 0) return message;
        const string Position = "BytePositionInLine: ";
        int byteAt = message.IndexOf(Position, at, StringComparison.Ordinal);
        string head = message[..at].TrimEnd();
        if (byteAt < 0) return head;
        string position = message[(byteAt + Position.Length)..].TrimEnd('.', ' ');
        return $"{head} (at byte {position})";
    }
}
