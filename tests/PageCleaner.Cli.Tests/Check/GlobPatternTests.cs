using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>The include/exclude pattern language of .pagecleaner.json.</summary>
public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("*.html", "page.html", true)]
    [InlineData("*.html", "a/b/page.html", true)] // no '/': the name in any folder
    [InlineData("*.html", "a/page.html/x.txt", false)]
    [InlineData("*.HTML", "upper/Page.html", true)] // case-insensitive
    [InlineData("*.htm", "page.html", false)]
    [InlineData("page?.txt", "page1.txt", true)]
    [InlineData("page?.txt", "page10.txt", false)]
    [InlineData("page[0-4].txt", "page3.txt", true)]
    [InlineData("page[0-4].txt", "page7.txt", false)]
    [InlineData("page[!0-4].txt", "page7.txt", true)]
    [InlineData("page[!0-4].txt", "page3.txt", false)]
    [InlineData("[]x].txt", "].txt", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    [InlineData("*", "anything", true)]
    [InlineData("pages/*.txt", "pages/a.txt", true)]
    [InlineData("pages/*.txt", "pages/sub/a.txt", false)] // '*' stops at '/'
    [InlineData("pages/*.txt", "other/pages/a.txt", false)] // with '/': anchored at the config's folder
    [InlineData("/pages/*.txt", "pages/a.txt", true)]
    [InlineData("pages/**/*.txt", "pages/a.txt", true)] // '**' may be no folder at all
    [InlineData("pages/**/*.txt", "pages/2025/05/a.txt", true)]
    [InlineData("**/drafts/**", "x/y/drafts/z/a.txt", true)]
    [InlineData("**/drafts/**", "drafts/a.txt", true)]
    [InlineData("**/drafts/**", "drafts-old/a.txt", false)]
    [InlineData("drafts/", "drafts/deep/a.txt", true)] // trailing '/': everything under the folder
    [InlineData("drafts/", "drafts", false)]
    [InlineData("pages/**", "pages", false)]
    public void Matches(string pattern, string path, bool expected)
    {
        GlobPattern glob = GlobPattern.TryParse(pattern, out string? problem) ?? throw new InvalidOperationException(problem);
        Assert.Equal(expected, glob.IsMatch(path));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("a\\b.txt", "'\\'")]
    [InlineData("a//b.txt", "empty")]
    [InlineData("../x.txt", "'..'")]
    [InlineData("a/**x/b", "'**'")]
    [InlineData("page[0-4.txt", "'['")]
    public void Rejects(string pattern, string problemPart)
    {
        Assert.Null(GlobPattern.TryParse(pattern, out string? problem));
        Assert.Contains(problemPart, problem, StringComparison.Ordinal);
    }
}
