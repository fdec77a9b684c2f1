using PageCleaner;
using PageCleaner.Documents;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

public static class CleaningExamples
{
    // Load the model once and share the cleaner: it is thread-safe.
    private static readonly Cleaner Shared = Cleaner.CreateDefault();

    // One page (any encoding): its clean text, paragraphs separated by a blank line.
    public static string CleanPage(string path)
    {
        CleanResult result = Shared.Clean(File.ReadAllBytes(path), path);
        if (result.Verdict.Spam) Console.Error.WriteLine($"{path}: spam in blocks {string.Join(", ", result.Verdict.SpamBlocks)}");
        return result.Text;
    }

    // Pages from anywhere (a queue, a database, a crawler), cleaned on all cores; results come in the order given.
    public static async Task<List<string>> CleanAllAsync(IAsyncEnumerable<PageInput> pages, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        await foreach (CleanedPage page in new StreamingCleaner(Shared).CleanAsync(pages, cancellationToken))
        {
            texts.Add(page.Result?.Text ?? $"(not cleaned: {page.Error})");
        }
        return texts;
    }

    // A page given as text, named by its URL, read as HTML (rather than told HTML or text dump from its content).
    public static PageInput FromHtml(string url, string html) => PageInput.FromText(html, url, InputKind.Html);

    // A JSONL file of any size: each record keeps its fields and gains clean_text, spam, spam_score, obfuscated, language.
    public static async Task<PipelineSummary> CleanJsonlAsync(string input, string output, CancellationToken cancellationToken)
    {
        var pipeline = new StreamingCleaner(Shared, new PipelineOptions { Parallelism = Environment.ProcessorCount });
        await using FileStream from = File.OpenRead(input);
        await using FileStream to = File.Create(output);
        return await pipeline.CleanJsonlAsync(from, to, p => Console.Error.WriteLine($"{input}:{p.Where}: {p.Message}"), cancellationToken);
    }

    // A WARC file (.warc or .warc.gz, as Common Crawl publishes them): one JSONL line per HTML page, with url, date and record_id.
    public static async Task<PipelineSummary> CleanWarcAsync(string warc, string output, CancellationToken cancellationToken)
    {
        await using FileStream from = File.OpenRead(warc);
        await using FileStream to = File.Create(output);
        return await new StreamingCleaner(Shared).CleanWarcAsync(from, to, cancellationToken: cancellationToken);
    }
}
