namespace PageCleaner.Language;

/// <summary>An n-gram (by hash) and how often a text has it.</summary>
internal readonly record struct NgramCount(ulong Hash, int Count);
