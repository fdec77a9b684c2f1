using PageCleaner.Documents;

namespace PageCleaner.Pipelines;

/// <summary>
/// Cleaning with the input kind chosen per page (a JSONL record's <c>html</c> or <c>text</c> field, an HTTP response
/// that says it is HTML) instead of by the cleaner's <see cref="CleanerOptions.Input"/>. It takes the same path as
/// <see cref="Cleaner.Clean(string, string?, CancellationToken)"/>, with the options' input kind replaced.
/// </summary>
internal static class KindedCleaning
{
    public static CleanResult Clean(this Cleaner cleaner, string page, InputKind kind, string? source, CancellationToken cancellationToken)
    {
        if (kind == InputKind.Auto || kind == cleaner.Options.Input) return cleaner.Clean(page, source, cancellationToken);
        if (string.IsNullOrWhiteSpace(page)) throw new PageRejectedException("no text (only whitespace)");
        CleanerOptions options = cleaner.Options with { Input = kind };
        var deadline = new PageDeadline(options.MaxTimePerPage, cancellationToken);
        return cleaner.Clean(PageReader.Read(page, options, deadline), source, deadline);
    }

    public static CleanResult Clean(this Cleaner cleaner, ReadOnlySpan<byte> page, InputKind kind, string? source, string? transportCharset, CancellationToken cancellationToken)
    {
        if (kind == InputKind.Auto || kind == cleaner.Options.Input) return cleaner.Clean(page, source, transportCharset, cancellationToken);
        CleanerOptions options = cleaner.Options with { Input = kind };
        var deadline = new PageDeadline(options.MaxTimePerPage, cancellationToken);
        return cleaner.Clean(PageReader.Read(page, options, deadline: deadline, transportCharset: transportCharset), source, deadline);
    }

    /// <summary>
    /// A page already decoded into the first <paramref name="length"/> characters of a buffer the caller lends until
    /// this returns; its surrogates must be paired. HTML is parsed from the buffer itself (no string of the page).
    /// </summary>
    public static CleanResult Clean(this Cleaner cleaner, char[] buffer, int length, InputKind kind, string? source, CancellationToken cancellationToken)
    {
        if (kind != InputKind.Html) return cleaner.Clean(new string(buffer, 0, length), kind, source, cancellationToken);
        CleanerOptions options = cleaner.Options.Input == InputKind.Html ? cleaner.Options : cleaner.Options with { Input = kind };
        var deadline = new PageDeadline(options.MaxTimePerPage, cancellationToken);
        return cleaner.Clean(PageReader.ReadHtml(buffer, length, options, deadline), source, deadline);
    }

    public static CleanResult Clean(this Cleaner cleaner, PageInput page, CancellationToken cancellationToken) =>
        page.Text is not null
            ? cleaner.Clean(page.Text, page.Kind, page.Source, cancellationToken)
            : cleaner.Clean(page.Bytes.Span, page.Kind, page.Source, page.TransportCharset, cancellationToken);
}
