using System.Text;
using PageCleaner.CorpusGenerator.Output;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>Every generated dump is in the labeled text dump format of training-data/README.md.</summary>
public sealed class GeneratedDumpTests
{
    [Fact]
    public void Every_dump_holds_only_comments_then_labeled_lines_and_blank_lines()
    {
        List<GeneratedFile> files = Repository.Small(seed: 5, pages: 0, dumps: 40);
        var manifest = Manifest.Read(files);
        List<GeneratedFile> dumps = files.Where(f => f.RelativePath.EndsWith(".labeled.txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, dumps.Count);
        foreach (GeneratedFile dump in dumps)
        {
            string text = new UTF8Encoding(false, true).GetString(dump.Bytes);
            Assert.DoesNotContain('\r', text);
            var counts = new Dictionary<char, int> { ['c'] = 0, ['b'] = 0, ['s'] = 0 };
            bool started = false;
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Trim().Length == 0) continue;
                if (!started && line.StartsWith('#')) continue;
                Assert.True(line.Length > 2 && line[1] == '|' && counts.ContainsKey(line[0]), $"{dump.RelativePath}:{i + 1}: '{line}'");
                Assert.True(line[2..].Trim().Length > 0, $"{dump.RelativePath}:{i + 1}: empty labeled line");
                started = true;
                counts[line[0]]++;
            }
            Assert.True(counts['c'] > 0, dump.RelativePath + ": no content line");
            Assert.True(counts['b'] > 0, dump.RelativePath + ": no boilerplate line");
            if (Manifest.SpamBlocks(manifest[dump.RelativePath]) == 0) Assert.Equal(0, counts['s']);
            // Visible spam is always in the dump; hidden spam only when the scraper keeps hidden text.
            var row = manifest[dump.RelativePath];
            bool someVisible = row["spam_hiding"].Split(',').Any(h => h is "visible" or "marquee");
            bool keepsHidden = row["dump_style"].Contains("hidden=kept", StringComparison.Ordinal);
            if (Manifest.SpamBlocks(row) > 0 && (someVisible || keepsHidden)) Assert.True(counts['s'] > 0, dump.RelativePath + ": spam missing");
        }
    }
}
