using System.Text;
using PageCleaner.CorpusGenerator.Output;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.Documents;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>Legacy encodings, and writing the corpus into a folder.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Characters_a_legacy_encoding_lacks_become_character_references()
    {
        byte[] bytes = PageEncoder.Encode("<p>新闻 © 2024 — é</p>", new EncodingPlan(936, "gbk", "meta-charset"));

        string decoded = CharsetDetector.Decode(bytes, isHtml: true).Text;
        Assert.Contains("新闻", decoded, StringComparison.Ordinal);
        Assert.Contains("&#169;", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("?", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_the_same_corpus_again_is_a_no_op_a_different_one_needs_overwrite_which_removes_only_stale_corpus_files()
    {
        Assert.True(CorpusWriter.Write(_folder, Files("html/a.html", "html/b.html"), overwrite: false));
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "mine");

        Assert.False(CorpusWriter.Write(_folder, Files("html/a.html", "html/b.html"), overwrite: false));
        var e = Assert.Throws<IOException>(() => CorpusWriter.Write(_folder, Files("html/a.html"), overwrite: false));
        Assert.Equal($"{_folder}: already holds a different generated corpus (MANIFEST.tsv); pass --overwrite to replace it", e.Message);

        Assert.True(CorpusWriter.Write(_folder, Files("html/a.html", "text/c.labeled.txt"), overwrite: true));
        Assert.True(File.Exists(Path.Combine(_folder, "html", "a.html")));
        Assert.False(File.Exists(Path.Combine(_folder, "html", "b.html")));
        Assert.True(File.Exists(Path.Combine(_folder, "text", "c.labeled.txt")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_folder, "notes.txt")));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_in_the_way_of_a_new_corpus_is_not_overwritten()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "html"));
        File.WriteAllText(Path.Combine(_folder, "html", "a.html"), "hand-written");

        var e = Assert.Throws<IOException>(() => CorpusWriter.Write(_folder, Files("html/a.html"), overwrite: false));

        Assert.EndsWith("a.html: already exists; pass --overwrite to replace it", e.Message, StringComparison.Ordinal);
        Assert.Equal("hand-written", File.ReadAllText(Path.Combine(_folder, "html", "a.html")));
    }

    private static List<GeneratedFile> Files(params string[] paths)
    {
        var files = paths.Select(p => new GeneratedFile(p, Encoding.UTF8.GetBytes(p))).ToList();
        var manifest = new StringBuilder(ManifestRow.Header).Append('\n');
        foreach (string p in paths) manifest.Append(p).Append('\n');
        files.Add(new GeneratedFile(CorpusBuilder.ManifestName, Encoding.UTF8.GetBytes(manifest.ToString())));
        return files;
    }
}
