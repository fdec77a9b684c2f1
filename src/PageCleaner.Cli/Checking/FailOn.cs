namespace PageCleaner.Cli.Checking;

/// <summary>Which blocks (and pages) make <c>pagecleaner check</c> fail.</summary>
internal enum FailOn
{
    /// <summary>Blocks labeled spam (the default): for repositories of scraped pages, where navigation is expected.</summary>
    Spam,

    /// <summary>Blocks labeled boilerplate or spam: for repositories of text that should already be clean.</summary>
    Boilerplate,

    /// <summary>Blocks labeled spam, and pages whose content is obfuscated (pinyin annotations, zero-width characters, homoglyphs).</summary>
    Obfuscated,
}
