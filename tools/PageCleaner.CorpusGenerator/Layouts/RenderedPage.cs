using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>A rendered page: its HTML (as text), its dump lines, and where its spam actually went.</summary>
internal sealed record RenderedPage(string Html, IReadOnlyList<DumpLine> Lines, IReadOnlyList<SpamPlan> Spam);
