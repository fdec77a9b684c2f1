using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PageCleaner.Tests.Pipelines;

/// <summary>Writes WARC files for tests: records with the header fields given, as plain bytes or gzip-compressed.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public string Version { get; init; } = "WARC/1.1";

    /// <summary>Line end in the record header and after the block (CR LF by the standard).</summary>
    public string LineEnd { get; init; } = "\r\n";

    public IReadOnlyList<byte[]> Records => _records;

    /// <summary>Adds a record; Content-Length is added after the given fields unless <paramref name="contentLength"/> says otherwise ("" leaves it out).</summary>
    public WarcBuilder Add(string type, byte[] block, string? uri = null, string? id = null, string? contentType = null,
        string? contentLength = null, params (string Name, string Value)[] extra)
    {
        var head = new StringBuilder();
        head.Append(Version).Append(LineEnd);
        head.Append("WARC-Type: ").Append(type).Append(LineEnd);
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append(LineEnd);
        head.Append("WARC-Date: 2024-05-").Append((1 + _records.Count % 28).ToString("00", CultureInfo.InvariantCulture)).Append("T10:00:00Z").Append(LineEnd);
        head.Append("WARC-Record-ID: <urn:uuid:").Append(id ?? $"00000000-0000-4000-8000-{_records.Count:000000000000}").Append('>').Append(LineEnd);
        if (contentType is not null) head.Append("Content-Type: ").Append(contentType).Append(LineEnd);
        foreach (var (name, value) in extra) head.Append(name).Append(": ").Append(value).Append(LineEnd);
        contentLength ??= block.Length.ToString(CultureInfo.InvariantCulture);
        if (contentLength.Length > 0) head.Append("Content-Length: ").Append(contentLength).Append(LineEnd);
        head.Append(LineEnd);
        _records.Add([.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. Encoding.ASCII.GetBytes(LineEnd + LineEnd)]);
        return this;
    }

    public WarcBuilder AddResponse(string uri, byte[] httpMessage, string? id = null) =>
        Add("response", httpMessage, uri, id, "application/http; msgtype=response");

    /// <summary>Adds bytes that are not a record (garbage between records).</summary>
    public WarcBuilder AddRaw(byte[] bytes)
    {
        _records.Add(bytes);
        return this;
    }

    public byte[] Plain() => [.. _records.SelectMany(r => r)];

    /// <summary>One gzip member per record, as Common Crawl writes them.</summary>
    public byte[] GzipPerRecord() => [.. _records.SelectMany(Gzip)];

    /// <summary>The whole file as one gzip member.</summary>
    public byte[] GzipWhole() => Gzip(Plain());

    public static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>An HTTP/1.1 response: status line, header fields, blank line, body.</summary>
    public static byte[] Http(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(status == 200 ? " OK" : " Other").Append("\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    public static byte[] Html(string html, int status = 200, string contentType = "text/html; charset=utf-8") =>
        Http(status, Encoding.UTF8.GetBytes(html), ("Content-Type", contentType));

    /// <summary>The body in chunks of the given size: "size CRLF data CRLF ... 0 CRLF CRLF".</summary>
    public static byte[] Chunked(byte[] body, int chunk)
    {
        var output = new MemoryStream();
        for (int at = 0; at < body.Length; at += chunk)
        {
            int n = Math.Min(chunk, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes(n.ToString("x", CultureInfo.InvariantCulture) + (at == 0 ? ";ext=1" : "") + "\r\n"));
            output.Write(body, at, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
