using System.Text;

namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>
/// Writes a page's HTML and, from the same calls, the lines a scraper would dump for it. Every element that holds
/// text goes through <see cref="Element(string, string?, Rich, Label?, bool, bool)"/>, so the dump lines carry
/// exactly the label the HTML annotation gives that text: the nearest <c>data-pc-label</c> on the open elements,
/// or boilerplate when there is none.
/// </summary>
internal sealed class MarkupWriter
{
    private readonly record struct Frame(string Tag, Label? Label, bool Hidden, bool ArticleZone);

    private readonly StringBuilder _html = new(32 * 1024);
    private readonly List<DumpLine> _lines = [];
    private readonly Stack<Frame> _frames = new();
    private readonly Formatting _formatting;
    private readonly Func<string, string>? _transform;
    private readonly bool _labelFirst;

    /// <param name="formatting">How the source is laid out.</param>
    /// <param name="transform">Applied to all text except spam (the pinyin of content-farm pages).</param>
    /// <param name="labelFirst">Whether <c>data-pc-label</c> comes before or after the other attributes.</param>
    public MarkupWriter(Formatting formatting, Func<string, string>? transform, bool labelFirst)
    {
        _formatting = formatting;
        _transform = transform;
        _labelFirst = labelFirst;
    }

    public IReadOnlyList<DumpLine> Lines => _lines;

    public Label CurrentLabel => _frames.Count > 0 && _frames.Peek().Label is Label l ? l : Label.Boilerplate;

    public bool InArticleZone => _frames.Count > 0 && _frames.Peek().ArticleZone;

    public string Html => _html.ToString();

    /// <summary>Text as it appears on the page (after the page's transform, if any).</summary>
    public string Visible(string text, Label label = Label.Boilerplate) => _transform is null || label == Label.Spam ? text : _transform(text);

    /// <summary>Markup with no text of its own, written as is (doctype, head, scripts).</summary>
    public void Raw(string html) => _html.Append(html);

    public void NewLine()
    {
        if (_formatting != Formatting.Minified) _html.Append('\n');
    }

    /// <summary>Opens a container. <paramref name="articleZone"/> marks the article and what sits right after it.</summary>
    public void Open(string tag, string? attributes = null, Label? label = null, bool hidden = false, bool articleZone = false)
    {
        Indent();
        WriteStart(tag, attributes, label);
        NewLine();
        Frame parent = _frames.Count > 0 ? _frames.Peek() : default;
        _frames.Push(new Frame(tag, label ?? parent.Label, hidden || parent.Hidden, articleZone || parent.ArticleZone));
    }

    public void Close()
    {
        Frame frame = _frames.Pop();
        Indent();
        _html.Append("</").Append(frame.Tag).Append('>');
        NewLine();
    }

    /// <summary>Closes containers until <paramref name="depth"/> remain open.</summary>
    public void CloseTo(int depth)
    {
        while (_frames.Count > depth) Close();
    }

    public int Depth => _frames.Count;

    /// <summary>A void element (img, input, hr).</summary>
    public void Void(string tag, string? attributes = null)
    {
        Indent();
        _html.Append('<').Append(tag);
        attributes = Tidy(attributes);
        if (attributes.Length > 0) _html.Append(' ').Append(attributes);
        _html.Append('>');
        NewLine();
    }

    // Attribute strings are assembled from optional parts; drop the stray spaces empty parts leave.
    private static string Tidy(string? attributes)
    {
        if (string.IsNullOrWhiteSpace(attributes)) return "";
        string s = attributes.Trim();
        while (s.Contains("  ", StringComparison.Ordinal)) s = s.Replace("  ", " ", StringComparison.Ordinal);
        return s;
    }

    /// <summary>An element holding text: written to the HTML and recorded as a dump line.</summary>
    /// <param name="paragraph">A body paragraph (some dumps put a blank line after it).</param>
    public void Element(string tag, string? attributes, Rich text, Label? label = null, bool hidden = false, bool paragraph = false)
    {
        Frame parent = _frames.Count > 0 ? _frames.Peek() : default;
        Label effective = label ?? parent.Label ?? Label.Boilerplate;
        Indent();
        WriteStart(tag, attributes, label);
        WriteRuns(text, effective);
        _html.Append("</").Append(tag).Append('>');
        NewLine();
        Record(text, effective, hidden || parent.Hidden, paragraph, parent.ArticleZone);
    }

    public void Element(string tag, string? attributes, string text, Label? label = null, bool hidden = false, bool paragraph = false) =>
        Element(tag, attributes, Rich.Of(text), label, hidden, paragraph);

    /// <summary>
    /// Text written straight into the open container, lines separated by <c>&lt;br&gt;&lt;br&gt;</c> as old portal pages
    /// do (optionally with a full-width indent); each line is a dump line of its own.
    /// </summary>
    public void BreakSeparated(IReadOnlyList<Rich> lines, string lineStart, bool paragraph)
    {
        Frame parent = _frames.Peek();
        Label effective = parent.Label ?? Label.Boilerplate;
        for (int i = 0; i < lines.Count; i++)
        {
            Indent();
            _html.Append(lineStart);
            WriteRuns(lines[i], effective);
            _html.Append("<br><br>");
            NewLine();
            var recorded = new Rich();
            if (lineStart.Length > 0) recorded.Text(lineStart.Replace("&nbsp;", "\u00A0", StringComparison.Ordinal));
            foreach (Run run in lines[i].Runs) Append(recorded, run);
            Record(recorded, effective, parent.Hidden, paragraph, parent.ArticleZone);
        }
    }

    private static void Append(Rich rich, Run run)
    {
        switch (run.Kind)
        {
            case RunKind.Link: rich.Link(run.Text, run.Attribute ?? "#"); break;
            case RunKind.LineBreak: rich.Break(); break;
            case RunKind.Markup: rich.Markup(run.Text); break;
            default: rich.Text(run.Text); break;
        }
    }

    private void Record(Rich text, Label label, bool hidden, bool paragraph, bool zone)
    {
        if (text.IsLinkRow)
        {
            string joined = Plain(text.Runs, label, 0, text.Runs.Count).Trim();
            if (joined.Length == 0) return;
            // One line per link; words between links (a label such as "Partner sites:") are a line too, bare separators are not.
            var links = new List<string>();
            foreach (Run run in text.Runs)
            {
                if (run.Kind == RunKind.Link || (run.Kind == RunKind.Text && HasLetterOrDigit(run.Text))) links.Add(Visible(run.Text, label).Trim());
            }
            _lines.Add(new DumpLine(joined, links, label, hidden, paragraph, zone, _frames.Count));
            return;
        }
        // A <br> or a line break in preformatted text starts a new dump line, as scrapers write it.
        int start = 0;
        for (int i = 0; i <= text.Runs.Count; i++)
        {
            if (i < text.Runs.Count && text.Runs[i].Kind != RunKind.LineBreak) continue;
            foreach (string part in Plain(text.Runs, label, start, i).Split('\n'))
            {
                string line = part.TrimEnd();
                if (line.Trim().Length > 0) _lines.Add(new DumpLine(line, null, label, hidden, paragraph, zone, _frames.Count));
            }
            start = i + 1;
        }
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }

    private string Plain(IReadOnlyList<Run> runs, Label label, int from, int to)
    {
        var sb = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            if (runs[i].Kind != RunKind.Markup) sb.Append(Visible(runs[i].Text, label));
        }
        return sb.ToString();
    }

    private void WriteStart(string tag, string? attributes, Label? label)
    {
        _html.Append('<').Append(tag);
        string? annotation = label is Label l ? $"data-pc-label=\"{LabelNames.Attribute(l)}\"" : null;
        if (annotation is not null && _labelFirst) _html.Append(' ').Append(annotation);
        attributes = Tidy(attributes);
        if (attributes.Length > 0) _html.Append(' ').Append(attributes);
        if (annotation is not null && !_labelFirst) _html.Append(' ').Append(annotation);
        _html.Append('>');
    }

    private void WriteRuns(Rich text, Label label)
    {
        foreach (Run run in text.Runs)
        {
            string t = Visible(run.Text, label);
            switch (run.Kind)
            {
                case RunKind.Text:
                    HtmlText.Append(_html, t);
                    break;
                case RunKind.Link:
                    _html.Append("<a href=\"");
                    HtmlText.Append(_html, run.Attribute ?? "#", attribute: true);
                    _html.Append("\">");
                    HtmlText.Append(_html, t);
                    _html.Append("</a>");
                    break;
                case RunKind.Strong:
                    _html.Append("<strong>");
                    HtmlText.Append(_html, t);
                    _html.Append("</strong>");
                    break;
                case RunKind.Emphasis:
                    _html.Append("<em>");
                    HtmlText.Append(_html, t);
                    _html.Append("</em>");
                    break;
                case RunKind.Span:
                    _html.Append(run.Attribute is null ? "<span>" : $"<span class=\"{run.Attribute}\">");
                    HtmlText.Append(_html, t);
                    _html.Append("</span>");
                    break;
                case RunKind.Button:
                    _html.Append("<button type=\"button\">");
                    HtmlText.Append(_html, t);
                    _html.Append("</button>");
                    break;
                case RunKind.LineBreak:
                    _html.Append("<br>");
                    break;
                case RunKind.Markup:
                    _html.Append(run.Text);
                    break;
            }
        }
    }

    private void Indent()
    {
        if (_formatting == Formatting.Indented) _html.Append(' ', 2 * _frames.Count);
    }
}
