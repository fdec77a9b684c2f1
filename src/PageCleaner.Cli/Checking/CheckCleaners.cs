using PageCleaner.Documents;

namespace PageCleaner.Cli.Checking;

/// <summary>The cleaners a check uses, sharing the default model: bytes of any kind, and decoded HTML or text for JSONL fields.</summary>
internal sealed class CheckCleaners
{
    public CheckCleaners(Cleaner pages, Cleaner html, Cleaner text)
    {
        Pages = pages;
        Html = html;
        Text = text;
    }

    public Cleaner Pages { get; }

    public Cleaner Html { get; }

    public Cleaner Text { get; }

    public static CheckCleaners CreateDefault() => new(
        Cleaner.CreateDefault(),
        Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Html }),
        Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Text }));
}
