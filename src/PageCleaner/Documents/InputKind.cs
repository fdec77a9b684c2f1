namespace PageCleaner.Documents;

/// <summary>Whether a page is HTML or a text dump.</summary>
public enum InputKind
{
    /// <summary>Decide from the bytes.</summary>
    Auto,

    /// <summary>HTML markup.</summary>
    Html,

    /// <summary>Text already extracted from a page, one block per line.</summary>
    Text,
}
