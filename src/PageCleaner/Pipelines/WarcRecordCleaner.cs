using System.Globalization;
using System.Text.Json;
using PageCleaner.Documents;

namespace PageCleaner.Pipelines;

/// <summary>
/// Turns one WARC record into an output line: a response record holding a successful (2xx) HTTP response with an
/// HTML body, and a conversion record holding plain text (the text extracted from a page, as in Common Crawl's WET
/// files, cleaned as a text dump), are cleaned and written as <c>{"url", "date", "record_id", "title", clean
/// fields}</c>; other records (requests, metadata, redirects, images, ...) are skipped; a damaged record, or a page
/// that cannot be read or cleaned, gives a line with an <c>error</c> field. Thread-safe.
/// </summary>
internal sealed class WarcRecordCleaner
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Cleaner _cleaner;
    private readonly OutputFields _fields;

    public WarcRecordCleaner(Cleaner cleaner, PipelineOptions options)
    {
        _cleaner = cleaner;
        _fields = new OutputFields(options);
    }

    public RecordOutput Clean(WarcRecord record, CancellationToken cancellationToken)
    {
        string where = $"record {record.Number.ToString(Invariant)} at offset {record.Offset.ToString(Invariant)}";
        if (record.Error is not null) return Failed(record, where, record.Error, record.Damaged);
        if (string.Equals(record.Type, "conversion", StringComparison.OrdinalIgnoreCase)) return CleanConversion(record, where, cancellationToken);
        if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)) return Skipped(where);
        // A response record of another protocol (DNS, for instance) has another content type.
        string? warcType = record.Header("Content-Type");
        if (warcType is not null && !warcType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase)) return Skipped(where);

        HttpResponse? response = HttpResponse.Parse(record.Block, _cleaner.Options.MaxPageBytes, out string? problem);
        if (response is null) return Failed(record, where, problem!, false);
        if (response.Status is < 200 or > 299) return Skipped(where);
        if (!IsHtml(record, response)) return Skipped(where);
        return CleanPage(record, where, response.Body.Span, InputKind.Html, response.Charset, response.BodyProblem, cancellationToken);
    }

    // A conversion record of plain text is a page's text already extracted (a WET file's records): a text dump.
    private RecordOutput CleanConversion(WarcRecord record, string where, CancellationToken cancellationToken)
    {
        string? type = record.Header("Content-Type");
        if (type is not null && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) return Skipped(where);
        return CleanPage(record, where, record.Block.Span, InputKind.Text, null, null, cancellationToken);
    }

    // The page's line, or the line of its error (with what was wrong with the body, if anything).
    private RecordOutput CleanPage(WarcRecord record, string where, ReadOnlySpan<byte> page, InputKind kind, string? charset, string? bodyProblem,
        CancellationToken cancellationToken)
    {
        try
        {
            return Cleaned(record, where, _cleaner.Clean(page, kind, record.TargetUri, charset, cancellationToken));
        }
        catch (PageCleanerException e)
        {
            return Failed(record, where, bodyProblem is null ? e.Message : $"{e.Message} ({bodyProblem})", false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(record, where, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this record", false);
        }
    }

    private RecordOutput Cleaned(WarcRecord record, string where, CleanResult result)
    {
        byte[] line = OutputFields.Object(w =>
        {
            WriteIdentity(w, record);
            w.WriteString("title", result.Title);
            _fields.WriteClean(w, result);
        });
        return new RecordOutput((byte[])[.. line, (byte)'\n'], RecordStatus.Cleaned, where, Spam: result.Verdict.Spam);
    }

    // The Content-Type says so; a body without a telling type is sniffed; Common Crawl's own detection counts too.
    private static bool IsHtml(WarcRecord record, HttpResponse response)
    {
        if (HtmlSniffer.IsHtmlType(response.MediaType)) return true;
        string? identified = record.Header("WARC-Identified-Payload-Type");
        if (identified is not null && HtmlSniffer.IsHtmlType(identified.Split(';')[0].Trim().ToLowerInvariant())) return true;
        return HtmlSniffer.IsUninformative(response.MediaType) && HtmlSniffer.LooksLikeHtml(response.Body.Span);
    }

    private static void WriteIdentity(Utf8JsonWriter w, WarcRecord record)
    {
        w.WriteString("url", record.TargetUri);
        w.WriteString("date", record.Date);
        w.WriteString("record_id", record.RecordId);
    }

    private RecordOutput Failed(WarcRecord record, string where, string message, bool damaged)
    {
        byte[] line = OutputFields.Object(w =>
        {
            if (record.Headers.Count > 0) WriteIdentity(w, record);
            else w.WriteNumber("offset", record.Offset);
            w.WriteString(_fields.Error, message);
        });
        return new RecordOutput((byte[])[.. line, (byte)'\n'], RecordStatus.Failed, where, message, damaged);
    }

    private static RecordOutput Skipped(string where) => new(ReadOnlyMemory<byte>.Empty, RecordStatus.Skipped, where);
}
