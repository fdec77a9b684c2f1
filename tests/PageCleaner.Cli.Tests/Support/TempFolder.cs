using System.Text;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder() => Root = Directory.CreateTempSubdirectory("pagecleaner-cli-tests-").FullName;

    public string Root { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (with '/' separators) inside the folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text (no BOM), creating folders as needed; returns the absolute path.</summary>
    public string WriteText(string relative, string content) => WriteBytes(relative, Utf8NoBom.GetBytes(content));

    public string WriteBytes(string relative, byte[] content)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string CreateFolder(string relative) => Directory.CreateDirectory(PathOf(relative)).FullName;

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public string ReadText(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    /// <summary>Every file under <paramref name="relative"/>, as sorted '/'-separated paths relative to it.</summary>
    public List<string> FilesUnder(string relative = ".")
    {
        string folder = PathOf(relative);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the test that made it.
        }
    }
}
