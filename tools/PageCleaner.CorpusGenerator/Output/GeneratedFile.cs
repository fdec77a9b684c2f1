namespace PageCleaner.CorpusGenerator.Output;

/// <summary>A file of the corpus: its path relative to the output folder (with '/') and its bytes.</summary>
internal sealed record GeneratedFile(string RelativePath, byte[] Bytes);
