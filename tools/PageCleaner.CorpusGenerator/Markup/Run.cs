namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>One inline piece: its kind, text, and for links and spans the href or class.</summary>
internal readonly record struct Run(RunKind Kind, string Text, string? Attribute = null);
