namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// How a scraper writes a page as text: blank lines (<c>none</c>, after body <c>paragraphs</c>, after <c>every</c>
/// line), indentation (<c>none</c>; <c>zone</c>: four spaces before the article's lines after its title; <c>depth</c>:
/// two spaces per level of element nesting), links of a navigation row on lines of their own, whether hidden text is
/// kept, and whether the dump starts at the article's title (scrapers that cut the page header off).
/// </summary>
internal sealed record DumpStyle(string BlankLines, string Indent, bool SplitLinkRows, bool KeepHidden, bool FromTitle = false)
{
    public string Describe() =>
        $"blank={BlankLines},indent={Indent},links={(SplitLinkRows ? "split" : "joined")},hidden={(KeepHidden ? "kept" : "dropped")},start={(FromTitle ? "title" : "top")}";
}
