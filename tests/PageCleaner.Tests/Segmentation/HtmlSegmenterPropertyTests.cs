using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Invariants of segmentation over random soups of tags (balanced or not), text, comments and scripts.</summary>
public sealed class HtmlSegmenterPropertyTests
{
    /// <summary>A generated page and the words its text fragments hold (w0, w1, ...).</summary>
    public sealed record Soup(string Html, int Words)
    {
        public override string ToString() => Html;
    }

    public static class Soups
    {
        private static readonly string[] Markup =
        [
            "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<em>", "</em>", "<ul>", "</ul>", "<li>", "</li>",
            "<br>", "<br/>", "<hr>", "<a href=\"/x\">", "</a>", "<h2>", "</h2>", "<blockquote>", "</blockquote>", "<table><tr><td>",
            "</td></tr></table>", "<pre>", "</pre>", "<div style=\"display:none\">", "<span hidden>", "<!-- SKIP <p>SKIP</p> -->",
            "<script>var SKIP = '<p>SKIP</p>';</script>", "<style>.SKIP { }</style>", "&amp;", "&nbsp;", "\n", "  ",
        ];

        public static Arbitrary<Soup> Arbitrary() => Arb.From(
            Gen.ListOf(Gen.Frequency((3, Gen.Constant<string?>(null)), (4, Gen.Elements(Markup).Select(s => (string?)s))))
                .Select(parts =>
                {
                    var sb = new StringBuilder("<html><body>");
                    int words = 0;
                    foreach (string? part in parts)
                    {
                        if (part is null) sb.Append(" w").Append(words++.ToString(CultureInfo.InvariantCulture)).Append(' ');
                        else sb.Append(part);
                    }
                    sb.Append("</body></html>");
                    return new Soup(sb.ToString(), words);
                }));
    }

    [Property(Arbitrary = [typeof(Soups)], MaxTest = 300, Replay = "(266586964640135916,7011041458880618547)")]
    public void Every_word_lands_in_exactly_one_block_and_skipped_content_in_none(Soup soup)
    {
        var page = Segmenting.Html(soup.Html);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in page.Blocks)
        {
            Assert.DoesNotContain("SKIP", block.Text, StringComparison.Ordinal);
            foreach (string token in block.Text.Split([' ', '\n', '&'], StringSplitOptions.RemoveEmptyEntries))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }
        for (int i = 0; i < soup.Words; i++)
        {
            Assert.Equal(1, counts.GetValueOrDefault("w" + i.ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Property(Arbitrary = [typeof(Soups)], MaxTest = 300, Replay = "(708956400541982382,5424692857210113735)")]
    public void Blocks_are_numbered_in_order_and_their_text_is_normalised(Soup soup)
    {
        var page = Segmenting.Html(soup.Html);
        for (int i = 0; i < page.Blocks.Count; i++)
        {
            var b = page.Blocks[i];
            Assert.Equal(i, b.Index);
            Assert.NotEqual("", b.Text.Trim());
            Assert.DoesNotContain(b.Text, c => char.IsControl(c) && c != '\n');
            Assert.Equal(b.Text.TrimEnd(), b.Text);
            if (!b.Preformatted)
            {
                // Preformatted text keeps its indentation and blank lines; flowing text is fully collapsed.
                Assert.Equal(b.Text.Trim(), b.Text);
                Assert.DoesNotContain("  ", b.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("\n\n", b.Text, StringComparison.Ordinal);
            }
            Assert.InRange(b.LinkChars, 0, b.Text.Count(c => !char.IsWhiteSpace(c)));
            Assert.True(b.Line >= 1);
        }
    }
}
