using System.Text;
using HtmlAgilityPack;
using PageCleaner.CorpusGenerator.Output;
using PageCleaner.Documents;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>Every generated page decodes, parses and carries the annotations training-data/README.md describes.</summary>
public sealed class GeneratedHtmlTests
{
    private static readonly string[] Labels = ["content", "boilerplate", "spam"];

    public static TheoryData<long> Seeds => new() { 3, 11 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_page_labels_its_article_as_content_and_its_spam_as_spam(long seed)
    {
        List<GeneratedFile> files = Repository.Small(seed, pages: 40, dumps: 0);
        var manifest = Manifest.Read(files);
        foreach (GeneratedFile file in files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            HtmlDocument doc = Parse(file);
            var labeled = doc.DocumentNode.Descendants().Where(n => n.Attributes["data-pc-label"] is not null).ToList();
            Assert.All(labeled, n => Assert.Contains(n.GetAttributeValue("data-pc-label", ""), Labels));
            Assert.Contains(labeled, n => n.GetAttributeValue("data-pc-label", "") == "content" && HtmlEntity.DeEntitize(n.InnerText).Trim().Length > 0);
            bool spam = labeled.Exists(n => n.GetAttributeValue("data-pc-label", "") == "spam");
            Assert.True(spam == Manifest.SpamBlocks(manifest[file.RelativePath]) > 0, $"{file.RelativePath}: spam labels do not match the manifest");
        }
    }

    [Fact]
    public void Pages_in_legacy_encodings_decode_to_their_article_title()
    {
        var manifest = Manifest.Read(Repository.DefaultCorpus);
        var legacy = manifest.Values.Where(r => r["encoding"] is not "utf-8").ToList();
        Assert.NotEmpty(legacy);
        foreach (var row in legacy)
        {
            GeneratedFile file = Repository.DefaultCorpus.Single(f => f.RelativePath == row["file"]);
            Assert.False(IsUtf8(file.Bytes), $"{row["file"]} should not be UTF-8");
            string title = Repository.Parts.Articles[row["language"]].Single(a => a.Id == row["article"]).Title;
            string text = HtmlEntity.DeEntitize(Parse(file).DocumentNode.InnerText);
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nothing_but_the_html_element_follows_the_document_end_unless_spam_was_placed_there()
    {
        var manifest = Manifest.Read(Repository.DefaultCorpus);
        foreach (GeneratedFile file in Repository.DefaultCorpus.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            string text = CharsetDetector.Decode(file.Bytes, isHtml: true).Text;
            string tail = text[(text.LastIndexOf("</html>", StringComparison.Ordinal) + 7)..].Trim();
            bool afterHtml = manifest[file.RelativePath]["spam_placement"].Contains("after-html", StringComparison.Ordinal);
            Assert.True(afterHtml == (tail.Length > 0), $"{file.RelativePath}: text after </html> does not match the manifest");
            if (afterHtml) Assert.Contains("data-pc-label=\"spam\"", tail, StringComparison.Ordinal);
        }
    }

    // Old boards show a thread as its opening post and a tree of links to the replies' own pages; the links are
    // furniture however much a reply's title reads like a sentence, and the opening post stays content.
    [Fact]
    public void Threads_shown_as_a_tree_of_reply_titles_keep_the_opening_post_as_content_and_the_titles_as_boilerplate()
    {
        var trees = Repository.DefaultCorpus
            .Where(f => f.RelativePath.Contains("-forum-", StringComparison.Ordinal) && f.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File: f, Doc: Parse(f)))
            .Where(t => ReplyLinks(t.Doc).Count > 0)
            .ToList();
        Assert.Contains(trees, t => t.File.RelativePath.Contains("zh-", StringComparison.Ordinal));
        Assert.Contains(trees, t => !t.File.RelativePath.Contains("zh-", StringComparison.Ordinal));
        foreach (var (file, doc) in trees)
        {
            Assert.All(ReplyLinks(doc), a => Assert.NotEqual("content", NearestLabel(a)));
            Assert.Contains(doc.DocumentNode.Descendants(), n => n.GetAttributeValue("data-pc-label", "") == "content" && HtmlEntity.DeEntitize(n.InnerText).Trim().Length > 20);
        }
    }

    private static List<HtmlNode> ReplyLinks(HtmlDocument doc) =>
        doc.DocumentNode.Descendants("a").Where(a => a.GetAttributeValue("href", "").StartsWith("thread.jsp?id=", StringComparison.Ordinal)).ToList();

    private static string? NearestLabel(HtmlNode node)
    {
        for (HtmlNode? n = node; n is not null; n = n.ParentNode)
        {
            if (n.Attributes["data-pc-label"] is { } label) return label.Value;
        }
        return null;
    }

    private static HtmlDocument Parse(GeneratedFile file)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(CharsetDetector.Decode(file.Bytes, isHtml: true).Text);
        return doc;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
