using PageCleaner.Markup;

namespace PageCleaner.Documents;

/// <summary>A page decoded and, if HTML, parsed: the input of segmentation.</summary>
internal sealed record LoadedPage(InputKind Kind, DecodedText Decoded, MarkupDocument? Html);
