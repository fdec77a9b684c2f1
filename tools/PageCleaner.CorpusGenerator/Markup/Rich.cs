namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>
/// The inline content of a block as a list of runs, so that the same content becomes escaped HTML and a dump line.
/// A link row (navigation, tag list) remembers it is one, because some scrapers put each of its links on a line.
/// </summary>
internal sealed class Rich
{
    private readonly List<Run> _runs = [];

    public IReadOnlyList<Run> Runs => _runs;

    public bool IsLinkRow { get; private set; }

    public static Rich Of(string text) => new Rich().Text(text);

    public static Rich LinkRow(IEnumerable<(string Text, string Href)> links, string separator)
    {
        var rich = new Rich { IsLinkRow = true };
        bool first = true;
        foreach (var (text, href) in links)
        {
            if (!first && separator.Length > 0) rich.Text(separator);
            rich.Link(text, href);
            first = false;
        }
        return rich;
    }

    public Rich Text(string text)
    {
        if (text.Length > 0) _runs.Add(new Run(RunKind.Text, text));
        return this;
    }

    public Rich Link(string text, string href)
    {
        _runs.Add(new Run(RunKind.Link, text, href));
        return this;
    }

    public Rich Strong(string text)
    {
        _runs.Add(new Run(RunKind.Strong, text));
        return this;
    }

    public Rich Emphasis(string text)
    {
        _runs.Add(new Run(RunKind.Emphasis, text));
        return this;
    }

    public Rich Span(string text, string? cssClass)
    {
        _runs.Add(new Run(RunKind.Span, text, cssClass));
        return this;
    }

    public Rich Button(string text)
    {
        _runs.Add(new Run(RunKind.Button, text));
        return this;
    }

    public Rich Break()
    {
        _runs.Add(new Run(RunKind.LineBreak, ""));
        return this;
    }

    public Rich Markup(string html)
    {
        _runs.Add(new Run(RunKind.Markup, html));
        return this;
    }
}
