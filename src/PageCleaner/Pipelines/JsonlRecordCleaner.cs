using System.Globalization;
using System.Text;
using System.Text.Json;
using PageCleaner.Buffers;
using PageCleaner.Documents;
using PageCleaner.Text;

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

    /// <summary>The record's output line. The line's pooled bytes go back to the pool here: nothing reads them after.</summary>
    public RecordOutput Clean(JsonlLine line, CancellationToken cancellationToken)
    {
        try
        {
            return CleanRecord(line, cancellationToken);
        }
        finally
        {
            line.ReturnToPool();
        }
    }

    private RecordOutput CleanRecord(JsonlLine line, CancellationToken cancellationToken)
    {
        string where = line.Number.ToString(CultureInfo.InvariantCulture);
        if (line.TooLong) return NotARecord(line, where, $"line is longer than the limit of {_options.RecordLimit(_cleaner.Options)} bytes");
        ReadOnlySpan<byte> bytes = line.Bytes.Span;
        List<JsonMember>? members = JsonObjectScanner.Scan(bytes, out string? problem);
        if (members is null) return NotARecord(line, where, problem!);

        var (page, kind, missing) = FindPage(members);
        if (page is not { } field) return Failed(bytes, members, where, missing!);
        // The page is unescaped into a pooled buffer and parsed from it: as a string it would be one more large object per record.
        ReadOnlySpan<byte> content = JsonObjectScanner.StringContent(bytes, field);
        char[] buffer = PooledArrays.Rent<char>(JsonStringDecoder.MaxCharCount(content));
        try
        {
            int length = JsonStringDecoder.Decode(content, buffer);
            int size = Encoding.UTF8.GetByteCount(buffer.AsSpan(0, length));
            if (size > _cleaner.Options.MaxPageBytes) throw PageSizeLimit.Exceeded(size, _cleaner.Options.MaxPageBytes);
            CleanResult result = _cleaner.Clean(buffer, length, kind, null, cancellationToken);
            byte[] added = OutputFields.Object(w => _fields.WriteClean(w, result));
            return Compose(bytes, members, added, RecordStatus.Cleaned, where) with { Spam = result.Verdict.Spam };
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
        finally
        {
            PooledArrays.Return(buffer);
        }
    }

    // The member that holds the page (a string), or why there is none.
    private (JsonMember? Page, InputKind Kind, string? Missing) FindPage(List<JsonMember> members)
    {
        JsonMember? html = null, text = null;
        foreach (JsonMember m in members)
        {
            if (html is null && m.Name == _options.HtmlField) html = m;
            else if (text is null && m.Name == _options.TextField) text = m;
        }
        if (html is { ValueKind: JsonTokenType.String }) return (html, InputKind.Html, null);
        if (text is { ValueKind: JsonTokenType.String }) return (text, InputKind.Text, null);
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
        return Compose(line, members, added, RecordStatus.Failed, where) with { Problem = message };
    }

    private RecordOutput NotARecord(JsonlLine line, string where, string message)
    {
        byte[] output = OutputFields.Object(w =>
        {
            w.WriteString(_fields.Error, message);
            w.WriteNumber(_fields.Line, line.Number);
        });
        return new RecordOutput((byte[])[.. output, (byte)'\n'], RecordStatus.Failed, where, message);
    }

    // The record as it stands up to the end of its last member, then the added members and the closing brace. When
    // a member gives way to an added field, the others are joined with commas instead (white space between them goes).
    // The line is written into an array from PooledArrays (records run to hundreds of KB): the writer gives it back.
    private RecordOutput Compose(ReadOnlySpan<byte> line, List<JsonMember> members, byte[] added, RecordStatus status, string where)
    {
        // Enough for the record, a comma, the added members and the line end.
        byte[] output = PooledArrays.Rent<byte>(line.Length + added.Length + 2);
        int length = 0;
        bool any;
        if (!members.Exists(m => _fields.Replaces(m.Name)))
        {
            int end = members.Count > 0 ? members[^1].End : line.IndexOf((byte)'{') + 1;
            Put(line[..end]);
            any = members.Count > 0;
        }
        else
        {
            Put("{"u8);
            any = false;
            foreach (JsonMember m in members)
            {
                if (_fields.Replaces(m.Name)) continue;
                if (any) Put(","u8);
                Put(line[m.Start..m.End]);
                any = true;
            }
        }
        // added is "{...}": its members follow the record's.
        if (added.Length > 2)
        {
            if (any) Put(","u8);
            Put(added.AsSpan(1));
        }
        else
        {
            Put("}"u8);
        }
        Put("\n"u8);
        return new RecordOutput(output.AsMemory(0, length), status, where) { Pooled = output };

        void Put(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(output.AsSpan(length));
            length += bytes.Length;
        }
    }
}
