using System.Globalization;
using System.Text;
using System.Text.Json;
using PageCleaner.Documents;

namespace PageCleaner.Pipelines;

/// <summary>
/// Cleans one JSONL record: finds its page (the HTML field when it holds a string, else the text field), cleans it, and
/// writes the record back with every member as it was, in its order and byte for byte, followed by the clean fields.
/// A record that cannot be cleaned gets an <c>error</c> field instead; a line that is not a JSON object becomes
/// <c>{"error": ..., "line": N}</c>. Thread-safe.
/// </summary>
internal sealed class JsonlRecordCleaner
{
    private readonly Cleaner _cleaner;
    private readonly PipelineOptions _options;
    private readonly OutputFields _fields;

    public JsonlRecordCleaner(Cleaner cleaner, PipelineOptions options)
    {
        _cleaner = cleaner;
        _options = options;
        _fields = new OutputFields(options);
    }

    public RecordOutput Clean(JsonlLine line, CancellationToken cancellationToken)
    {
        string where = line.Number.ToString(CultureInfo.InvariantCulture);
        if (line.TooLong) return NotARecord(line, where, $"line is longer than the limit of {_options.RecordLimit(_cleaner.Options)} bytes");
        ReadOnlySpan<byte> bytes = line.Bytes.Span;
        List<JsonMember>? members = JsonObjectScanner.Scan(bytes, out string? problem);
        if (members is null) return NotARecord(line, where, problem!);

        var (page, kind, missing) = FindPage(bytes, members);
        if (page is null) return Failed(bytes, members, where, missing!);
        try
        {
            int size = Encoding.UTF8.GetByteCount(page);
            if (size > _cleaner.Options.MaxPageBytes) throw PageSizeLimit.Exceeded(size, _cleaner.Options.MaxPageBytes);
            CleanResult result = _cleaner.Clean(page, kind, null, cancellationToken);
            byte[] added = OutputFields.Object(w => _fields.WriteClean(w, result));
            return new RecordOutput(Compose(bytes, members, added), RecordStatus.Cleaned, where, Spam: result.Verdict.Spam);
        }
        catch (PageCleanerException e)
        {
            return Failed(bytes, members, where, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not stop the stream or print a stack trace.
            return Failed(bytes, members, where, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this record");
        }
    }

    private (string? Page, InputKind Kind, string? Missing) FindPage(ReadOnlySpan<byte> line, List<JsonMember> members)
    {
        JsonMember? html = null, text = null;
        foreach (JsonMember m in members)
        {
            if (html is null && m.Name == _options.HtmlField) html = m;
            else if (text is null && m.Name == _options.TextField) text = m;
        }
        if (html is { ValueKind: JsonTokenType.String } h) return (JsonObjectScanner.ReadString(line, h), InputKind.Html, null);
        if (text is { ValueKind: JsonTokenType.String } t) return (JsonObjectScanner.ReadString(line, t), InputKind.Text, null);
        if (html is not null || text is not null)
        {
            string name = html is not null ? _options.HtmlField : _options.TextField;
            return (null, InputKind.Auto, $"the \"{name}\" field is not a string");
        }
        return (null, InputKind.Auto, $"the record has no \"{_options.HtmlField}\" or \"{_options.TextField}\" field");
    }

    private RecordOutput Failed(ReadOnlySpan<byte> line, List<JsonMember> members, string where, string message)
    {
        byte[] added = OutputFields.Object(w => w.WriteString(_fields.Error, message));
        return new RecordOutput(Compose(line, members, added), RecordStatus.Failed, where, message);
    }

    private RecordOutput NotARecord(JsonlLine line, string where, string message)
    {
        byte[] output = OutputFields.Object(w =>
        {
            w.WriteString(_fields.Error, message);
            w.WriteNumber(_fields.Line, line.Number);
        });
        return new RecordOutput([.. output, (byte)'\n'], RecordStatus.Failed, where, message);
    }

    // The record as it stands up to the end of its last member, then the added members and the closing brace. When
    // a member gives way to an added field, the others are joined with commas instead (white space between them goes).
    private byte[] Compose(ReadOnlySpan<byte> line, List<JsonMember> members, byte[] added)
    {
        var output = new MemoryStream(line.Length + added.Length + 2);
        bool any;
        if (!members.Exists(m => _fields.Replaces(m.Name)))
        {
            int end = members.Count > 0 ? members[^1].End : line.IndexOf((byte)'{') + 1;
            output.Write(line[..end]);
            any = members.Count > 0;
        }
        else
        {
            output.WriteByte((byte)'{');
            any = false;
            foreach (JsonMember m in members)
            {
                if (_fields.Replaces(m.Name)) continue;
                if (any) output.WriteByte((byte)',');
                output.Write(line[m.Start..m.End]);
                any = true;
            }
        }
        // added is "{...}": its members follow the record's.
        if (added.Length > 2)
        {
            if (any) output.WriteByte((byte)',');
            output.Write(added, 1, added.Length - 1);
        }
        else
        {
            output.WriteByte((byte)'}');
        }
        output.WriteByte((byte)'\n');
        return output.ToArray();
    }
}
