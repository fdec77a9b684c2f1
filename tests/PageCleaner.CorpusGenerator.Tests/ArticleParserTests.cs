using PageCleaner.CorpusGenerator.Parts;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The article part format of training-data/parts/README.md.</summary>
public sealed class ArticleParserTests
{
    private const string Thread =
        "title: A question\nkind: forum\nauthor: asker\ntags: one, two\n---\n" +
        "Opening post.\n## Heading\n- item one\n- item two\n1. first\n2. second\n| a | b |\n| 1 | 2 |\n> quoted\n! caption\n~ lead\n" +
        "```\ncode line\n  indented\n```\n=== replier\nA reply.\n=== asker\nThanks.\n";

    [Fact]
    public void Reads_header_blocks_and_replies()
    {
        ArticlePart a = ArticleParser.Parse("t.txt", "xx/t", "xx", Thread);

        Assert.Equal(("A question", "forum", "asker"), (a.Title, a.Kind, a.Author));
        Assert.Equal(["one", "two"], a.Tags);
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Heading, BlockKind.List, BlockKind.OrderedList, BlockKind.Table, BlockKind.Quote, BlockKind.Caption, BlockKind.Lead, BlockKind.Code],
            a.Blocks.Select(b => b.Kind));
        Assert.Equal(["item one", "item two"], a.Blocks[2].Items);
        Assert.Equal(["1", "2"], ArticleBlock.Cells(a.Blocks[4].Items[1]));
        Assert.Equal(["code line", "  indented"], a.Blocks[8].Items);
        Assert.Equal(["replier", "asker"], a.Replies.Select(r => r.User));
        Assert.Equal("Thanks.", a.Replies[1].Blocks[0].Text);
    }

    [Theory]
    [InlineData("kind: news\n---\nText.\n", "t.txt: header 'title:' is missing")]
    [InlineData("title: T\nkind: poem\n---\nText.\n", "t.txt: kind 'poem' is not one of news, blog, forum, product, docs")]
    [InlineData("title: T\nkind: news\nText.\n", "t.txt:3: expected 'key: value' before the '---' line")]
    [InlineData("title: T\nkind: news\n---\n## Only a heading\n", "t.txt: the body has no paragraph")]
    [InlineData("title: T\nkind: forum\n---\nQuestion?\n", "t.txt: a forum thread needs at least one '=== user' reply")]
    [InlineData("title: T\nkind: docs\n---\nText.\n```\nopen\n", "t.txt:5: code fence never closed")]
    public void A_bad_part_is_one_line_naming_the_file_and_the_problem(string content, string message)
    {
        var e = Assert.Throws<PartsException>(() => ArticleParser.Parse("t.txt", "xx/t", "xx", content));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Every_part_in_the_repository_loads()
    {
        PartsLibrary parts = Repository.Parts;

        Assert.True(parts.Articles.Count >= 12);
        foreach (var (language, articles) in parts.Articles)
        {
            foreach (string kind in ArticleParser.Kinds) Assert.Contains(articles, a => a.Kind == kind);
            Assert.True(parts.Furniture.ContainsKey(language), language);
        }
        Assert.True(parts.Spam.Count >= 8);
        Assert.NotEmpty(parts.Pinyin);
    }
}
