using System.Text;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Documents;

public sealed class NestingLimiterTests
{
    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    // Deepest nesting of the given element name, counted independently of the limiter.
    private static int MaxDepth(string html, string name)
    {
        int depth = 0, max = 0;
        for (int i = html.IndexOf('<', StringComparison.Ordinal); i >= 0; i = html.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(html, i + 1, name + ">", 0, name.Length + 1) == 0) max = Math.Max(max, ++depth);
            else if (string.CompareOrdinal(html, i + 1, "/" + name + ">", 0, name.Length + 2) == 0) depth--;
        }
        return max;
    }

    [Fact]
    public void A_shallow_document_is_returned_unchanged_as_the_same_string()
    {
        string html = "<html><body>" + Repeat("<div><p>text <b>bold</b></p></div>", 50) + "</body></html>";
        string result = NestingLimiter.Limit(html, 100, out bool flattened);
        Assert.Same(html, result);
        Assert.False(flattened);
    }

    [Fact]
    public void A_document_exactly_at_the_limit_is_unchanged()
    {
        string html = Repeat("<div>", 100) + "x" + Repeat("</div>", 100);
        Assert.Same(html, NestingLimiter.Limit(html, 100, out bool flattened));
        Assert.False(flattened);
    }

    [Fact]
    public void A_deep_document_is_flattened_to_the_limit_and_keeps_all_text()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.Append("<div class=\"level\">t").Append(i).Append(' ');
        sb.Append("bottom");
        sb.Append(Repeat("</div>", 5000));
        string html = sb.ToString();

        string result = NestingLimiter.Limit(html, 100, out bool flattened);

        Assert.True(flattened);
        Assert.Equal(100, MaxDepth(result.Replace("<div class=\"level\">", "<div>", StringComparison.Ordinal), "div"));
        Assert.Equal(100, CountOf(result, "<div class=\"level\">"));
        Assert.Equal(100, CountOf(result, "</div>"));
        int at = 0;
        for (int i = 0; i < 5000; i++)
        {
            at = result.IndexOf($"t{i} ", at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"text t{i} lost or out of order");
        }
        Assert.EndsWith("bottom" + Repeat("</div>", 100), result, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_deep_nest_stays_outside_it()
    {
        string html = "<body>" + Repeat("<div>", 300) + "deep" + Repeat("</div>", 300) + "<p>after</p></body>";
        string result = NestingLimiter.Limit(html, 50, out _);
        Assert.EndsWith("deep" + Repeat("</div>", 49) + "<p>after</p></body>", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_paragraph_and_list_item_siblings_are_not_nesting()
    {
        string html = "<body><div>" + Repeat("<p>para", 3000) + "</div><ul>" + Repeat("<li>item", 3000) + "</ul></body>";
        Assert.Same(html, NestingLimiter.Limit(html, 100, out bool flattened));
        Assert.False(flattened);
    }

    [Fact]
    public void Void_and_self_closed_elements_are_not_nesting()
    {
        string html = "<body>" + Repeat("<br><img src=\"a.png\"><input type=\"text\"><hr/><span/>", 2000) + "</body>";
        Assert.Same(html, NestingLimiter.Limit(html, 100, out bool flattened));
        Assert.False(flattened);
    }

    [Fact]
    public void Tags_inside_comments_scripts_and_attributes_are_not_nesting()
    {
        string html = "<body><!--" + Repeat("<div>", 500) + "--><script>var s = '" + Repeat("<div>", 500) + "';</script>"
            + "<p title=\"" + Repeat("<div>", 500) + "\">x</p></body>";
        Assert.Same(html, NestingLimiter.Limit(html, 100, out bool flattened));
        Assert.False(flattened);
    }

    private static int CountOf(string s, string needle)
    {
        int n = 0;
        for (int i = s.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = s.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
