using PageCleaner.Features;
using PageCleaner.Segmentation;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class SpamEvidenceTests
{
    private static bool Shows(SegmentedPage page, string fragment)
    {
        PageAnalysis analysis = FeatureExtractor.Default.Extract(page).Analysis;
        return SpamEvidence.Shows(analysis, page.BlockWith(fragment).Index);
    }

    private const string Article = """
        <link rel="canonical" href="https://news.example.org/harbour">
        <p>The council approved the new budget for the harbour district after a long debate on Tuesday evening.</p>
        <p>Work on the ferry pier starts in spring and should end before the summer season of next year.</p>
        """;

    [Fact]
    public void The_page_own_furniture_shows_none()
    {
        var page = Segmenting.Html(Article + """
            <ul><li><a href="/ferries">Ferry fares rise again</a></li><li><a href="https://news.example.org/lanes">New cycle lanes</a></li></ul>
            <p>Copyright 2025 Harbour News. All rights reserved.</p>
            """);
        Assert.False(Shows(page, "Ferry fares"));
        Assert.False(Shows(page, "New cycle lanes"));
        Assert.False(Shows(page, "Copyright 2025"));
    }

    [Theory]
    [InlineData("""<p style="display:none">Weekend sale on garden chairs</p>""", "garden chairs")]
    [InlineData("""<p>Best online casino bonus for new players today</p>""", "casino")]
    [InlineData("""<p><a href="https://qx7kz9w.xyz/">Weekend sale on garden chairs</a></p>""", "garden chairs")]
    [InlineData("""<p><a href="https://shop.example.com/">Weekend sale on garden chairs</a></p>""", "garden chairs")]
    [InlineData("""<p>Распродажа садовых стульев на выходных со скидкой</p>""", "Распродажа")]
    public void Hiding_spam_terms_a_foreign_script_or_links_off_the_site_are_evidence(string block, string fragment)
    {
        var page = Segmenting.Html(Article + block);
        Assert.True(Shows(page, fragment));
    }

    [Fact]
    public void A_dump_line_shows_evidence_only_by_its_words_or_language()
    {
        var page = Segmenting.Text("""
            The council approved the new budget for the harbour district after a long debate on Tuesday evening.
            外交部 国防部 教育部 科学技术部 工业和信息化部
            Related coverage
            Best online casino bonus for new players today
            """);
        Assert.False(Shows(page, "Related coverage"));
        Assert.True(Shows(page, "casino"));
        Assert.True(Shows(page, "外交部"));
    }
}
