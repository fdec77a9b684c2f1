using System.Text;
using PageCleaner.CorpusGenerator.Output;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>MANIFEST.tsv of a generated corpus, one dictionary (column → value) per file.</summary>
internal static class Manifest
{
    public static Dictionary<string, Dictionary<string, string>> Read(IEnumerable<GeneratedFile> files)
    {
        GeneratedFile manifest = files.Single(f => f.RelativePath == CorpusBuilder.ManifestName);
        string[] lines = Encoding.UTF8.GetString(manifest.Bytes).TrimEnd('\n').Split('\n');
        string[] header = lines[0].Split('\t');
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split('\t');
            Assert.Equal(header.Length, cells.Length);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) row[header[i]] = cells[i];
            rows.Add(cells[0], row);
        }
        return rows;
    }

    public static int SpamBlocks(Dictionary<string, string> row) => int.Parse(row["spam"], System.Globalization.CultureInfo.InvariantCulture);
}
