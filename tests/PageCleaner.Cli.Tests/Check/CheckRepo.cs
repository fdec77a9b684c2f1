using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>
/// A temporary repository for check tests: a folder with a <c>.git</c> folder, so the search for
/// <c>.pagecleaner.json</c> stops there and a config elsewhere under the system temp folder cannot leak in.
/// </summary>
internal sealed class CheckRepo : IDisposable
{
    private readonly TempFolder _temp = new();

    public CheckRepo() => _temp.CreateFolder(".git");

    public string Root => _temp.Root;

    public TempFolder Files => _temp;

    public string Write(string relative, string content) => _temp.WriteText(relative, content);

    public string Read(string relative) => _temp.ReadText(relative);

    public Task<CliRun> CheckAsync(params string[] args) => Tool.RunAsync(_temp.Root, ["check", .. args]);

    public void Dispose() => _temp.Dispose();
}
