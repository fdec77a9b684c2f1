using System.Text;
using System.Text.Json;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>The README's library sample is this project's CleaningExamples.cs, and it runs.</summary>
public sealed class ReadmeSampleTests
{
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PageCleaner.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (PageCleaner.sln) was not found above " + AppContext.BaseDirectory);
    }

    // The first ```csharp block of the README's "Use the library" section.
    private static string ReadmeSampleBlock()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf("\n## Use the library\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Use the library' section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Fact]
    public void The_readme_sample_is_the_compiled_sample_file_without_its_namespace_line()
    {
        string file = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "PageCleaner.Tests", "Pipelines", "CleaningExamples.cs")).ReplaceLineEndings("\n");
        string withoutNamespace = file.Replace("namespace PageCleaner.Tests.Pipelines;\n\n", "", StringComparison.Ordinal);

        Assert.NotEqual(file, withoutNamespace);
        Assert.Equal(withoutNamespace.TrimEnd(), ReadmeSampleBlock().TrimEnd());
    }

    [Fact]
    public async Task The_sample_cleans_a_page_a_stream_a_jsonl_file_and_a_warc_file()
    {
        string folder = Directory.CreateTempSubdirectory("pagecleaner-readme-").FullName;
        try
        {
            string page = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(page, SamplePages.EnglishArticle);
            string text = CleaningExamples.CleanPage(page);
            Assert.StartsWith("Millbrook council votes to rebuild Wren bridge\n\n", text, StringComparison.Ordinal);

            List<string> texts = await CleaningExamples.CleanAllAsync(Inputs(), CancellationToken.None);
            Assert.Equal(2, texts.Count);
            Assert.Contains(SamplePages.ArticleParagraphs[2], texts[0], StringComparison.Ordinal);
            Assert.Equal("(not cleaned: no text (only whitespace))", texts[1]);

            string jsonl = Path.Combine(folder, "pages.jsonl");
            await File.WriteAllTextAsync(jsonl, $"{{\"id\":7,\"html\":{JsonSerializer.Serialize(SamplePages.EnglishArticle)}}}\n");
            PipelineSummary records = await CleaningExamples.CleanJsonlAsync(jsonl, Path.Combine(folder, "clean.jsonl"), CancellationToken.None);
            Assert.Equal(1, records.Cleaned);
            Assert.StartsWith("{\"id\":7,\"html\":", await File.ReadAllTextAsync(Path.Combine(folder, "clean.jsonl")), StringComparison.Ordinal);

            string warc = Path.Combine(folder, "crawl.warc.gz");
            await File.WriteAllBytesAsync(warc, new WarcBuilder().AddResponse("https://courier.example/bridge", WarcBuilder.Html(SamplePages.EnglishArticle)).GzipPerRecord());
            PipelineSummary pages = await CleaningExamples.CleanWarcAsync(warc, Path.Combine(folder, "crawl.jsonl"), CancellationToken.None);
            Assert.Equal(1, pages.Cleaned);
            Assert.StartsWith("{\"url\":\"https://courier.example/bridge\",", await File.ReadAllTextAsync(Path.Combine(folder, "crawl.jsonl")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async IAsyncEnumerable<PageInput> Inputs()
    {
        await Task.Yield();
        yield return CleaningExamples.FromHtml("https://courier.example/bridge", SamplePages.EnglishArticle);
        yield return CleaningExamples.FromHtml("https://courier.example/empty", "  ");
    }
}
