namespace PageCleaner.Pipelines;

/// <summary>
/// Whether a body whose Content-Type does not say what it is (absent, <c>application/octet-stream</c>, ...) is HTML:
/// after white space and a byte order mark, its first tag within 1 KiB is one an HTML document starts with.
/// </summary>
internal static class HtmlSniffer
{
    private static readonly string[] Starts = ["<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<!--", "<script", "<style", "<div", "<p", "<table", "<a ", "<h1", "<br"];

    /// <summary>Content types that say nothing about the body, so it is sniffed.</summary>
    public static bool IsUninformative(string? mediaType) =>
        mediaType is null or "" or "application/octet-stream" or "unknown/unknown" or "application/unknown" or "*/*" or "binary/octet-stream";

    /// <summary>Content types of HTML documents.</summary>
    public static bool IsHtmlType(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    public static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        int i = 0;
        while (i < body.Length && i < 1024 && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f') i++;
        if (i >= body.Length || body[i] != (byte)'<') return false;
        ReadOnlySpan<byte> head = body[i..Math.Min(body.Length, i + 16)];
        Span<char> lower = stackalloc char[head.Length];
        for (int k = 0; k < head.Length; k++) lower[k] = (char)(head[k] is >= (byte)'A' and <= (byte)'Z' ? head[k] + 32 : head[k]);
        foreach (string start in Starts)
        {
            if (((ReadOnlySpan<char>)lower).StartsWith(start, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
