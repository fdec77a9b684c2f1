using System.Text;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Hostile nesting depths go through loading and segmentation without recursion or loss of text.</summary>
public sealed class DeepNestingTests
{
    private const int Depth = 100_000;

    private static string Nested(string open, string close, Func<int, string?> textAt)
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < Depth; i++)
        {
            sb.Append(open);
            if (textAt(i) is string t) sb.Append(t);
        }
        sb.Append("innermost words");
        for (int i = 0; i < Depth; i++) sb.Append(close);
        sb.Append("<p>after the nest</p></body></html>");
        return sb.ToString();
    }

    [Fact]
    public void A_document_nested_100000_divs_deep_segments_and_keeps_its_text()
    {
        string html = Nested("<div>", "</div>", i => i % 10_000 == 0 ? $" marker{i} " : null);
        var page = Segmenting.Html(html);
        string all = string.Join(" ", page.Texts());
        Assert.Contains("innermost words", all, StringComparison.Ordinal);
        for (int i = 0; i < Depth; i += 10_000) Assert.Contains($"marker{i}", all, StringComparison.Ordinal);
        Assert.Equal("after the nest", page.Blocks[^1].Text);
        Assert.All(page.Blocks, b => Assert.True(b.Element is null || b.Element.Depth <= CleanerOptions.Default.MaxBlockDepth));
    }

    [Fact]
    public void A_document_nested_100000_inline_elements_deep_segments_and_keeps_its_text()
    {
        string html = Nested("<span><b>", "</b></span>", _ => null);
        var page = Segmenting.Html(html);
        Assert.Equal(["innermost words", "after the nest"], page.Texts());
    }

    [Fact]
    public void A_deeply_nested_page_can_be_cleaned()
    {
        string html = Nested("<div>", "</div>", i => i == Depth - 1 ? "<p>A paragraph at the bottom of a very deep page.</p>" : null);
        CleanResult result = Cleaner.CreateDefault().Clean(html);
        Assert.Contains(result.Blocks, b => b.Text.Contains("bottom of a very deep page", StringComparison.Ordinal));
        Assert.Contains(result.Blocks, b => b.Text == "after the nest");
    }
}
