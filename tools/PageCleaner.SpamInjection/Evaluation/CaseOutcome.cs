using PageCleaner.Learning.Evaluation;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>The measured outcome of cleaning one injected page.</summary>
/// <param name="Dump">Whether the page was a text dump (else HTML).</param>
/// <param name="Method">How the block was hidden.</param>
/// <param name="Place">Where it went.</param>
/// <param name="Removed">No phrase of the block is left in the clean text.</param>
/// <param name="Flagged">The page was flagged as spam.</param>
/// <param name="Injected">Shingle counts of the injected page's clean text against the truth (null without truth).</param>
/// <param name="Untouched">Shingle counts of the same page cleaned without injection (null without truth).</param>
internal sealed record CaseOutcome(bool Dump, HidingMethod Method, Place Place, bool Removed, bool Flagged,
    TextMetrics.ShingleCounts? Injected, TextMetrics.ShingleCounts? Untouched);

/// <summary>The outcomes of one development page: untouched (HTML and dump) and every injected variant.</summary>
/// <param name="Page">The page.</param>
/// <param name="UntouchedFlagged">The untouched HTML page was flagged as spam.</param>
/// <param name="UntouchedDumpFlagged">Its untouched dump was flagged (null when no dump was measured).</param>
/// <param name="Cases">The injected variants.</param>
/// <param name="Error">Why the page could not be measured, or null.</param>
internal sealed record PageOutcome(DevPage Page, bool UntouchedFlagged, bool? UntouchedDumpFlagged, IReadOnlyList<CaseOutcome> Cases, string? Error = null);
