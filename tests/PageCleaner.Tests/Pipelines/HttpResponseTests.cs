using System.IO.Compression;
using System.Text;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>Reading the HTTP response in a WARC response record: head, codings, damage.</summary>
public sealed class HttpResponseTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Tide tables</title></head><body><p>High water at 06:12 and 18:40; low water at 00:05 and 12:31.</p></body></html>");

    private static HttpResponse Parse(byte[] message, long max = 1 << 20)
    {
        HttpResponse? response = HttpResponse.Parse(message, max, out string? problem);
        Assert.True(response is not null, problem);
        return response;
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> open)
    {
        var output = new MemoryStream();
        using (Stream s = open(output)) s.Write(bytes);
        return output.ToArray();
    }

    [Fact]
    public void Status_fields_media_type_and_charset_are_read()
    {
        HttpResponse r = Parse(WarcBuilder.Http(200, Page, ("Content-Type", "Text/HTML; Charset=\"ISO-8859-1\""), ("Server", "test"), ("X-Folded", "a"), ("Set-Cookie", "x=1")));

        Assert.Equal(200, r.Status);
        Assert.Equal("text/html", r.MediaType);
        Assert.Equal("iso-8859-1", r.Charset);
        Assert.Equal("test", r.Header("server"));
        Assert.Equal(Page, r.Body.ToArray());
        Assert.Null(r.BodyProblem);
    }

    [Fact]
    public void A_chunked_body_is_joined_and_a_chunked_gzip_body_decoded()
    {
        HttpResponse chunked = Parse(WarcBuilder.Http(200, WarcBuilder.Chunked(Page, 17), ("Transfer-Encoding", "chunked")));
        Assert.Equal(Page, chunked.Body.ToArray());
        Assert.Null(chunked.BodyProblem);

        byte[] gz = Compress(Page, s => new GZipStream(s, CompressionLevel.Optimal));
        HttpResponse both = Parse(WarcBuilder.Http(200, WarcBuilder.Chunked(gz, 10), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")));
        Assert.Equal(Page, both.Body.ToArray());
        Assert.Null(both.BodyProblem);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("x-gzip")]
    [InlineData("deflate")]
    [InlineData("deflate-raw")]
    [InlineData("br")]
    public void Content_codings_are_undone(string coding)
    {
        byte[] body = coding switch
        {
            "deflate" => Compress(Page, s => new ZLibStream(s, CompressionLevel.Optimal)),
            "deflate-raw" => Compress(Page, s => new DeflateStream(s, CompressionLevel.Optimal)),
            "br" => Compress(Page, s => new BrotliStream(s, CompressionLevel.Optimal)),
            _ => Compress(Page, s => new GZipStream(s, CompressionLevel.Optimal)),
        };
        string declared = coding == "deflate-raw" ? "deflate" : coding;

        HttpResponse r = Parse(WarcBuilder.Http(200, body, ("Content-Encoding", declared)));

        Assert.Equal(Page, r.Body.ToArray());
        Assert.Null(r.BodyProblem);
    }

    [Fact]
    public void A_body_declared_gzip_that_is_not_is_kept_as_it_is_with_a_note()
    {
        HttpResponse r = Parse(WarcBuilder.Http(200, Page, ("Content-Encoding", "gzip")));

        Assert.Equal(Page, r.Body.ToArray());
        Assert.Equal("the body is not gzip as declared; it is used as it is", r.BodyProblem);
    }

    [Fact]
    public void A_cut_chunked_body_keeps_the_chunks_read()
    {
        byte[] chunked = WarcBuilder.Chunked(Page, 40);

        HttpResponse r = Parse(WarcBuilder.Http(200, chunked[..70], ("Transfer-Encoding", "chunked")));

        Assert.True(Page.AsSpan().StartsWith(r.Body.Span));
        Assert.InRange(r.Body.Length, 40, 69);
        Assert.Contains("cut short", r.BodyProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_declared_chunked_that_is_not_is_kept_as_it_is()
    {
        HttpResponse r = Parse(WarcBuilder.Http(200, Page, ("Transfer-Encoding", "chunked")));

        Assert.Equal(Page, r.Body.ToArray());
        Assert.Equal("the body is not chunked as declared; it is used as it is", r.BodyProblem);
    }

    [Fact]
    public void Decoding_stops_one_byte_over_the_limit()
    {
        byte[] big = new byte[100_000];
        byte[] gz = Compress(big, s => new GZipStream(s, CompressionLevel.Optimal));

        HttpResponse r = Parse(WarcBuilder.Http(200, gz, ("Content-Encoding", "gzip")), max: 1000);

        Assert.Equal(1001, r.Body.Length);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\n", "the record does not hold an HTTP response (no status line)")]
    [InlineData("HTTP/1.1 OK\r\n\r\n", "the HTTP status line is malformed (\"HTTP/1.1 OK\")")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "the HTTP header has no end (no blank line)")]
    public void A_block_that_is_not_an_http_response_says_why(string message, string expected)
    {
        Assert.Null(HttpResponse.Parse(Encoding.ASCII.GetBytes(message), 1000, out string? problem));
        Assert.Equal(expected, problem);
    }
}
