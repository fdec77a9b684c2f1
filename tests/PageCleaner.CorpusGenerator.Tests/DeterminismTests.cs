using PageCleaner.CorpusGenerator.Output;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The same seed and parts give the same files, byte for byte; another seed gives other pages.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_with_the_same_seed_give_identical_files()
    {
        List<GeneratedFile> first = Repository.Small(seed: 7);
        List<GeneratedFile> second = Repository.Small(seed: 7);

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        for (int i = 0; i < first.Count; i++) Assert.True(first[i].Bytes.AsSpan().SequenceEqual(second[i].Bytes), first[i].RelativePath);
    }

    [Fact]
    public void Another_seed_gives_other_pages()
    {
        List<GeneratedFile> a = Repository.Small(seed: 7);
        List<GeneratedFile> b = Repository.Small(seed: 8);

        var bytesOfA = a.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)).Select(f => Convert.ToHexString(f.Bytes)).ToHashSet();
        Assert.DoesNotContain(b.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)), f => bytesOfA.Contains(Convert.ToHexString(f.Bytes)));
    }

    [Fact]
    public void The_committed_corpus_is_what_the_generator_makes_from_the_committed_parts()
    {
        // training-data/generated must be regenerated (README command, seed 1) whenever the parts or the generator change.
        string folder = Path.Combine(Repository.Root, "training-data", "generated");
        foreach (GeneratedFile file in Repository.DefaultCorpus)
        {
            string path = Path.Combine(folder, file.RelativePath);
            Assert.True(File.Exists(path), $"{path} is missing; regenerate training-data/generated");
            Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Bytes), $"{path} differs from the generator's output; regenerate training-data/generated");
        }
        int committed = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length;
        Assert.Equal(Repository.DefaultCorpus.Count, committed);
    }
}
