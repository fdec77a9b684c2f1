using PageCleaner.CorpusGenerator.Parts;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>Loading a parts folder: what is missing is named in one line.</summary>
public sealed class PartsLibraryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-parts-" + Guid.NewGuid().ToString("N"));

    public PartsLibraryTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "articles", "xx"));
        File.WriteAllText(Path.Combine(_folder, "articles", "xx", "news-a.txt"), "title: T\nkind: news\n---\nText.\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_furniture_folder_is_named()
    {
        var e = Assert.Throws<PartsException>(() => PartsLibrary.Load(_folder));
        Assert.Equal($"{Path.Combine(_folder, "furniture")}: folder not found", e.Message);
    }

    [Fact]
    public void A_language_without_furniture_words_is_named()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "furniture"));
        var e = Assert.Throws<PartsException>(() => PartsLibrary.Load(_folder));
        Assert.Equal($"{Path.Combine(_folder, "furniture", "xx.txt")}: missing (articles in 'xx' need furniture words)", e.Message);
    }

    [Fact]
    public void A_furniture_file_missing_a_section_is_named()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "furniture"));
        string file = Path.Combine(_folder, "furniture", "xx.txt");
        File.WriteAllText(file, "[sites]\nA\n");
        var e = Assert.Throws<PartsException>(() => PartsLibrary.Load(_folder));
        Assert.Equal($"{file}: section [names] is missing or empty", e.Message);
    }

    [Fact]
    public void Text_before_the_first_section_is_refused_with_its_line()
    {
        var e = Assert.Throws<PartsException>(() => SectionFile.Parse("f.txt", "# note\nstray\n[a]\nx\n"));
        Assert.Equal("f.txt:2: text before the first [section]", e.Message);
    }
}
