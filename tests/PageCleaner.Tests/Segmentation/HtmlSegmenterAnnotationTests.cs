namespace PageCleaner.Tests.Segmentation;

/// <summary>data-pc-label annotations of training pages (see training-data/README.md).</summary>
public sealed class HtmlSegmenterAnnotationTests
{
    [Fact]
    public void Descendants_inherit_the_nearest_label_and_unlabeled_text_is_boilerplate()
    {
        const string Html = """
            <body>
            <nav><a href="/">Home</a></nav>
            <article data-pc-label="content">
              <h1>Headline</h1>
              <p>Body paragraph.</p>
              <div class="share" data-pc-label="boilerplate"><p>Share this</p><div><span>Tweet</span></div></div>
              <p>Closing paragraph.</p>
              <div data-pc-label="spam"><ul><li>spam item</li></ul></div>
            </article>
            <footer>Footer line</footer>
            </body>
            """;
        var page = Segmenting.Html(Html, readAnnotations: true);
        Assert.Equal(BlockLabel.Boilerplate, page.BlockWith("Home").Annotation);
        Assert.Equal(BlockLabel.Content, page.BlockWith("Headline").Annotation);
        Assert.Equal(BlockLabel.Content, page.BlockWith("Body paragraph").Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.BlockWith("Share this").Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.BlockWith("Tweet").Annotation);
        Assert.Equal(BlockLabel.Content, page.BlockWith("Closing").Annotation);
        Assert.Equal(BlockLabel.Spam, page.BlockWith("spam item").Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.BlockWith("Footer").Annotation);
    }

    [Fact]
    public void Labels_are_read_case_insensitively_and_unknown_values_are_ignored()
    {
        var page = Segmenting.Html(
            "<div data-pc-label=\"Content\"><p>upper case label</p><p data-pc-label=\"advert\">unknown label</p></div>", readAnnotations: true);
        Assert.Equal(BlockLabel.Content, page.BlockWith("upper").Annotation);
        Assert.Equal(BlockLabel.Content, page.BlockWith("unknown").Annotation);
    }

    [Fact]
    public void A_block_of_mixed_labels_takes_the_label_with_most_characters()
    {
        const string Html = """
            <p data-pc-label="content">A long sentence of genuine article text <span data-pc-label="spam">casino</span></p>
            <p data-pc-label="content">ok <a data-pc-label="spam" href="/x">buy cheap replica watches online today</a></p>
            <p>unlabeled words outnumber the <span data-pc-label="content">rest</span></p>
            """;
        var page = Segmenting.Html(Html, readAnnotations: true);
        Assert.Equal(BlockLabel.Content, page.BlockWith("genuine").Annotation);
        Assert.Equal(BlockLabel.Spam, page.BlockWith("replica").Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.BlockWith("unlabeled").Annotation);
    }

    [Fact]
    public void Without_reading_annotations_blocks_carry_none()
    {
        var page = Segmenting.Html("<p data-pc-label=\"content\">labeled</p><p>plain</p>", readAnnotations: false);
        Assert.All(page.Blocks, b => Assert.Null(b.Annotation));
    }
}
