using System.Text.Json;
using PageCleaner.Documents;
using PageCleaner.Rendering;
using PageCleaner.Text;
using static PageCleaner.Tests.Rendering.RenderedResults;

namespace PageCleaner.Tests.Rendering;

public sealed class JsonRendererTests
{
    [Fact]
    public void Output_parses_and_has_the_documented_page_fields()
    {
        CleanResult result = Article();
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        JsonElement root = doc.RootElement;

        Assert.Equal("pages/bridge.html", root.GetProperty("source").GetString());
        Assert.Equal("html", root.GetProperty("format").GetString());
        Assert.Equal("utf-8", root.GetProperty("encoding").GetString());
        Assert.Equal("declared utf-8 in meta charset", root.GetProperty("encodingDetail").GetString());
        Assert.Equal("Bridge vote passes | Courier", root.GetProperty("title").GetString());
        Assert.Equal(result.Text, root.GetProperty("text").GetString());
        Assert.True(root.GetProperty("verdict").GetProperty("spam").GetBoolean());
        Assert.Equal(0.8765, root.GetProperty("verdict").GetProperty("spamScore").GetDouble(), 6);
    }

    [Fact]
    public void Every_block_is_listed_with_its_fields()
    {
        CleanResult result = Article();
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        JsonElement[] blocks = doc.RootElement.GetProperty("blocks").EnumerateArray().ToArray();

        Assert.Equal(result.Blocks.Count, blocks.Length);
        for (int i = 0; i < blocks.Length; i++)
        {
            BlockResult b = result.Blocks[i];
            JsonElement j = blocks[i];
            Assert.Equal(i, j.GetProperty("index").GetInt32());
            Assert.Equal(BlockLabels.Name(b.Label), j.GetProperty("label").GetString());
            Assert.Equal(0.9, j.GetProperty("score").GetDouble(), 6);
            Assert.Equal(b.Text, j.GetProperty("text").GetString());
            Assert.Equal(b.Path, j.GetProperty("path").GetString());
            Assert.Equal(b.Line, j.GetProperty("line").GetInt32());
            Assert.Equal(b.Hidden, j.GetProperty("hidden").GetBoolean());
        }
        Assert.Equal("html/body/main/h1", blocks[1].GetProperty("path").GetString());
        Assert.Equal(12, blocks[1].GetProperty("line").GetInt32());
        Assert.True(blocks[11].GetProperty("hidden").GetBoolean());
        Assert.Equal("spam", blocks[11].GetProperty("label").GetString());
    }

    [Fact]
    public void Hidden_blocks_say_why_they_are_hidden_and_visible_ones_carry_no_reasons()
    {
        const string page = """
            <html><head><style>.promo a { display: none }</style></head><body>
            <p>The harbour ferry is back in service after a month of repairs to its engines and its deck.</p>
            <div class="promo"><a href="http://x.example/">cheap pills online</a></div>
            <marquee>scrolling lucky casino bonus</marquee>
            <p hidden>an attribute hides this line</p>
            </body></html>
            """;
        CleanResult result = Cleaner.CreateDefault().Clean(System.Text.Encoding.UTF8.GetBytes(page), "p.html");
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        var byText = doc.RootElement.GetProperty("blocks").EnumerateArray().ToDictionary(b => b.GetProperty("text").GetString()!);
        string[] Reasons(string text) => byText[text].GetProperty("hiddenReasons").EnumerateArray().Select(r => r.GetString()!).ToArray();

        Assert.False(byText.First().Value.TryGetProperty("hiddenReasons", out _));
        Assert.Equal(["display-none", "style-sheet"], Reasons("cheap pills online"));
        Assert.Equal(["marquee"], Reasons("scrolling lucky casino bonus"));
        Assert.Equal(["hidden-attribute"], Reasons("an attribute hides this line"));
    }

    [Fact]
    public void Text_dump_blocks_have_a_line_and_no_path()
    {
        CleanResult result = Result([Block(0, BlockLabel.Content, "a line", tag: "line", path: null, line: 7)], title: null, InputKind.Text, source: null);
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        JsonElement root = doc.RootElement;
        Assert.Equal("text", root.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("title").ValueKind);
        JsonElement block = root.GetProperty("blocks")[0];
        Assert.False(block.TryGetProperty("path", out _));
        Assert.Equal(7, block.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Non_ascii_text_is_written_readably_and_round_trips()
    {
        const string Text = "夜间运动场地 \"quoted\" \\ back\nslash ✓ 😀";
        CleanResult result = Result([Block(0, BlockLabel.Content, Text)], title: "标题");
        string json = JsonRenderer.Render(result);
        Assert.Contains("夜间运动场地", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(Text, doc.RootElement.GetProperty("blocks")[0].GetProperty("text").GetString());
        Assert.Equal("标题", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Write_and_render_give_the_same_utf8()
    {
        CleanResult result = Article();
        using var ms = new MemoryStream();
        JsonRenderer.Write(ms, result);
        Assert.Equal(JsonRenderer.Render(result), System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void The_verdict_lists_spam_blocks_and_the_obfuscation_report()
    {
        CleanResult article = Article();
        CleanResult result = article with
        {
            Verdict = article.Verdict with { Obfuscation = new ObfuscationReport(12, 0, 3, ObfuscationKinds.Pinyin | ObfuscationKinds.Homoglyphs) },
        };
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        JsonElement verdict = doc.RootElement.GetProperty("verdict");

        Assert.Equal(["spam", "spamScore", "spamBlocks", "obfuscated", "obfuscation"], verdict.EnumerateObject().Select(p => p.Name));
        Assert.Equal([11], verdict.GetProperty("spamBlocks").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(verdict.GetProperty("obfuscated").GetBoolean());
        JsonElement obfuscation = verdict.GetProperty("obfuscation");
        Assert.Equal(12, obfuscation.GetProperty("pinyinAnnotations").GetInt32());
        Assert.Equal(0, obfuscation.GetProperty("zeroWidth").GetInt32());
        Assert.Equal(3, obfuscation.GetProperty("homoglyphs").GetInt32());
        Assert.Equal(["pinyin", "homoglyphs"], obfuscation.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_page_without_marks_says_obfuscated_false_with_zero_counts()
    {
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(Article()));
        JsonElement verdict = doc.RootElement.GetProperty("verdict");
        Assert.False(verdict.GetProperty("obfuscated").GetBoolean());
        Assert.Equal("{\"pinyinAnnotations\":0,\"zeroWidth\":0,\"homoglyphs\":0,\"kinds\":[]}", verdict.GetProperty("obfuscation").GetRawText());
    }
}
