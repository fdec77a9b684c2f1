using System.Globalization;
using System.Text;

namespace PageCleaner.Pipelines;

/// <summary>
/// An HTTP/1.x response as a WARC response record stores it: status line, header fields, and the body with its
/// transfer coding (<c>chunked</c>) and content coding (<c>gzip</c>, <c>deflate</c>, <c>br</c>) undone.
/// </summary>
public sealed class HttpResponse
{
    private HttpResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, string? bodyProblem)
    {
        Status = status;
        Headers = headers;
        Body = body;
        BodyProblem = bodyProblem;
        (MediaType, Charset) = ParseContentType(Header("Content-Type"));
    }

    /// <summary>The status code, e.g. 200.</summary>
    public int Status { get; }

    /// <summary>The header fields in order (names as written, values trimmed).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body, decoded from its transfer and content codings as far as they could be.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Why the body could not be decoded in full (a cut chunked body, a gzip body that is not gzip); null when it was.</summary>
    public string? BodyProblem { get; }

    /// <summary>The media type of <c>Content-Type</c> in lower case, without parameters (<c>text/html</c>); null when absent.</summary>
    public string? MediaType { get; }

    /// <summary>The <c>charset</c> parameter of <c>Content-Type</c> in lower case; null when absent.</summary>
    public string? Charset { get; }

    /// <summary>The first header field of this name (names compare without regard to case); null when absent.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    /// <summary>Reads a response.</summary>
    /// <param name="message">The response as received: status line, header, blank line, body.</param>
    /// <param name="maxBodyBytes">Decoding stops once the body is larger than this (it is then cut one byte over it, so a caller can see it is too large).</param>
    /// <param name="problem">Why <paramref name="message"/> is not an HTTP response, in one line; null on success.</param>
    /// <returns>The response; null when <paramref name="message"/> does not start with an HTTP status line and header.</returns>
    public static HttpResponse? Parse(ReadOnlyMemory<byte> message, long maxBodyBytes, out string? problem)
    {
        ReadOnlySpan<byte> bytes = message.Span;
        int lineEnd = bytes.IndexOf((byte)'\n');
        if (!bytes.StartsWith("HTTP/"u8) || lineEnd < 0)
        {
            problem = "the record does not hold an HTTP response (no status line)";
            return null;
        }
        if (!TryStatus(Line(bytes[..lineEnd]), out int status))
        {
            problem = $"the HTTP status line is malformed (\"{Excerpt(Line(bytes[..lineEnd]))}\")";
            return null;
        }
        var headers = new List<KeyValuePair<string, string>>();
        int at = lineEnd + 1;
        while (true)
        {
            int end = bytes[at..].IndexOf((byte)'\n');
            if (end < 0)
            {
                problem = "the HTTP header has no end (no blank line)";
                return null;
            }
            string line = Line(bytes.Slice(at, end));
            at += end + 1;
            if (line.Length == 0) break;
            if (line[0] is ' ' or '\t' && headers.Count > 0) headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + line.Trim());
            else if (line.IndexOf(':', StringComparison.Ordinal) is int colon and > 0) headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            // Other lines are not fields; browsers pass over them, and so do we.
        }
        problem = null;
        var (body, bodyProblem) = HttpBodyDecoder.Decode(message[at..], Find(headers, "Transfer-Encoding"), Find(headers, "Content-Encoding"), maxBodyBytes);
        return new HttpResponse(status, headers, body, bodyProblem);
    }

    private static bool TryStatus(string line, out int status)
    {
        status = 0;
        string[] parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[1].Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status);
    }

    private static (string? MediaType, string? Charset) ParseContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null);
        string[] parts = value.Split(';');
        string media = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        for (int i = 1; i < parts.Length; i++)
        {
            string p = parts[i].Trim();
            if (!p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) continue;
            charset = p["charset=".Length..].Trim().Trim('"', '\'').ToLowerInvariant();
            if (charset.Length == 0) charset = null;
            break;
        }
        return (media.Length == 0 ? null : media, charset);
    }

    private static string? Find(List<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    // Header bytes are ASCII in practice; anything else is read as Latin-1, which never fails.
    private static string Line(ReadOnlySpan<byte> line)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
        return Encoding.Latin1.GetString(line);
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
