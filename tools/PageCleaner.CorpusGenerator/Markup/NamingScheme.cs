namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>How a layout names its class attributes.</summary>
internal enum NamingScheme
{
    /// <summary>Words that say what the element is (article-body, sidebar, related).</summary>
    Meaningful,
    /// <summary>Generated names from CSS-in-JS tools and minifiers (css-1x8f2k, sc-bdfBwQ, _3kx9a).</summary>
    Hashed,
    /// <summary>Utility classes that describe looks only (mx-auto px-4 text-sm).</summary>
    Utility,
    /// <summary>WordPress theme names (entry-content, widget-area, site-footer).</summary>
    WordPress,
    /// <summary>No class attributes at all (old hand-written pages).</summary>
    Bare,
}
