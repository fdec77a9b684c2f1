using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

/// <summary>The features that carry evidence of injected spam: link hosts, vocabulary, hidden reasons, language mismatch.</summary>
public sealed class SpamEvidenceFeatureTests
{
    private const string Article =
        "<p>The harbour authority said on Tuesday that the new ferry terminal will open in the spring, after two years of work on the piers and the waiting hall.</p>"
        + "<p>Local shops expect more visitors, and the council plans a bus line that links the terminal with the old town and the railway station.</p>";

    private static readonly FeatureRows Rows = new(Segmenting.Html(
        "<html><head><link rel=\"canonical\" href=\"https://www.harbour-news.example/ferry\"><style>.zq{display:none}</style></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"https://www.harbour-news.example/city\">City</a></nav><article>" + Article
        + "<div class=\"zq\"><a href=\"http://xk7q2p9z.xyz/\">online casino</a> | <a href=\"https://qwrtzkpl8821.top/a\">slot gacor</a> | <a href=\"http://b4n9w2.bet/\">cheap viagra</a></div>"
        + "</article><p>Partner: <a href=\"https://friend.example.org/\">Friendly blog</a> about ferries and boats and travel.</p></body></html>"));

    [Fact]
    public void Spam_links_are_off_site_random_and_on_spam_domains()
    {
        Assert.Equal(1f, Rows.Of("online casino", "host.offsite_share"));
        Assert.Equal(1f, Rows.Of("online casino", "host.own_declared"));
        Assert.Equal(MathF.Log(4), Rows.Of("online casino", "host.log_domains"));
        Assert.True(Rows.Of("online casino", "host.random_share") >= 2f / 3f);
        Assert.Equal(1f, Rows.Of("online casino", "host.spam_tld_share"));
        Assert.True(Rows.Of("online casino", "host.links_per_100_chars") > 5f);
    }

    [Fact]
    public void Links_to_the_pages_own_site_are_not_off_site()
    {
        Assert.Equal(0f, Rows.Of("Home", "host.offsite_share"));
        Assert.Equal(0f, Rows.Of("Home", "host.random_share"));
        Assert.Equal(1f, Rows.Of("Friendly blog", "host.offsite_share"));
        Assert.Equal(0f, Rows.Of("Friendly blog", "host.spam_tld_share"));
    }

    [Fact]
    public void Spam_vocabulary_is_counted_per_category_and_for_the_page()
    {
        Assert.Equal(MathF.Log(3), Rows.Of("online casino", "vocab.gambling"));
        Assert.Equal(MathF.Log(2), Rows.Of("online casino", "vocab.pharma"));
        Assert.Equal(2f, Rows.Of("online casino", "vocab.categories"));
        Assert.Equal(0f, Rows.Of("harbour authority", "vocab.categories"));
        Assert.Equal(Rows.Of("harbour authority", "vocab.page_block_share"), Rows.Of("online casino", "vocab.page_block_share"));
        Assert.True(Rows.Of("harbour authority", "vocab.page_log_hits") > 0);
    }

    [Fact]
    public void The_hidden_reason_of_the_spam_block_is_a_feature()
    {
        Assert.Equal(1f, Rows.Of("online casino", "hide.stylesheet"));
        Assert.Equal(1f, Rows.Of("online casino", "hide.display_none"));
        Assert.Equal(0f, Rows.Of("online casino", "hide.marquee"));
        Assert.Equal(0f, Rows.Of("harbour authority", "hide.stylesheet"));
    }

    [Fact]
    public void A_simplified_block_in_a_traditional_page_mismatches()
    {
        string traditional = "<p>臺灣的鐵路局今天宣佈，東部幹線將在明年完成電氣化工程，屆時旅客從臺北到臺東的時間將縮短約一個小時。這項計劃已經進行了多年。</p>"
            + "<p>地方政府表示，沿線車站也會進行翻新，並增加無障礙設施，讓長者與行動不便的旅客更方便搭乘。</p>"
            + "<p>鐵路局說，工程期間部分班次會調整，請旅客留意車站公告與網站上的最新資訊。</p>";
        var rows = new FeatureRows(Segmenting.Html($"<body>{traditional}<div>欧美日韩精品一区二区三区视频在线观看，国产精品久久久久久久免费观看视频</div></body>"));
        Assert.Equal(1f, rows.Of("欧美日韩", "lang.mismatch"));
        Assert.Equal(1f, rows.Of("欧美日韩", "lang.variant_mismatch"));
        Assert.Equal(0f, rows.Of("東部幹線", "lang.mismatch"));
        Assert.True(rows.Of("東部幹線", "lang.page_mismatch_share") > 0);
        Assert.Equal(0f, rows.Of("欧美日韩", "lang.script_mismatch"));
    }

    [Fact]
    public void Foreign_spam_in_the_pages_script_is_found_after_many_link_bars()
    {
        // Twelve off-site link bars come first: the spam block, with spam words, is still identified.
        string bars = string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"<div><a href=\"https://share{i}.example/a\">Share this story with friends</a> <a href=\"https://post{i}.example/b\">Post it to your wall today</a></div>"));
        string spam = "<div>Daftar situs judi bola terpercaya dan bandar togel resmi, pinjaman online cepat cair tanpa jaminan untuk semua orang hari ini</div>";
        var rows = new FeatureRows(Segmenting.Html("<html><body>" + Article + bars + Article.Replace("harbour", "river", StringComparison.Ordinal) + spam + "</body></html>"));
        Assert.Equal(1f, rows.Of("Daftar situs", "lang.mismatch"));
        Assert.Equal(0f, rows.Of("Daftar situs", "lang.script_mismatch"));
        Assert.Equal(0f, rows.Of("river authority", "lang.mismatch"));
    }

    [Fact]
    public void Features_are_the_same_on_every_extraction()
    {
        string html = "<html><body>" + Article + "<div style=\"font-size:0\"><a href=\"http://a1b2c3.xyz/\">casino</a> <a href=\"http://d4e5.top/\">pinjol</a></div></body></html>";
        float[] first = new FeatureRows(Segmenting.Html(html)).Row(0).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var rows = new FeatureRows(Segmenting.Html(html));
            for (int b = 0; b < rows.Page.Blocks.Count; b++)
            {
                Assert.Equal(new FeatureRows(Segmenting.Html(html)).Row(b).ToArray(), rows.Row(b).ToArray());
            }
            Assert.Equal(first, rows.Row(0).ToArray());
        }
    }
}
