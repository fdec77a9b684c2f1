using PageCleaner.Text;

namespace PageCleaner.Tests;

/// <summary>
/// The behaviour the project's two seed pages ask for, checked on text dumps written here in their image (their
/// layout, not their sentences): a Chinese news dump keeps its title, byline date and body and loses both teaser
/// lists; a Traditional-Chinese content-farm dump keeps its body and loses the editor, disclaimer, app and comment
/// furniture and the injected spam line. The farm dump again with a pinyin syllable after its Traditional characters
/// (seed 001's obfuscation) is flagged spam and obfuscated, and <see cref="CleanerOptions.Repair"/> gives its body back
/// as it was before the annotations; the news dump and the plain farm dump are not flagged obfuscated.
/// </summary>
public sealed class SeedImageTests
{
    private static readonly Cleaner Cleaner = Cleaner.CreateDefault();

    private static readonly string[] NewsBody =
    [
        "本报讯 记者从市交通局获悉，连接新区和老城的跨江大桥将于下月正式通车，届时两岸之间的车程将从四十分钟缩短到十分钟左右。",
        "据介绍，大桥全长约三点二公里，双向六车道，桥面两侧还设置了非机动车道和人行步道，方便市民骑行和散步。",
        "交通局有关负责人表示，通车初期将实行限速管理，并在桥头增设公交站点，开通三条跨江公交线路。",
        "不少沿江居民对大桥通车充满期待。家住老城的王女士说，以后去新区上班不用再绕路，早上可以多睡半个小时。",
        "据悉，大桥建设历时三年，期间克服了汛期施工、江底地质复杂等多项困难，工程质量经过了多轮检测。",
    ];

    private static string NewsDump() => string.Join("\n",
    [
        "跨江大桥下月通车 两岸车程缩短至十分钟",
        "本地新闻",
        "2025-06-18 09:32:15",
        "0",
        "",
        .. NewsBody.SelectMany(p => new[] { p, "" }),
        "相关内容",
        "",
        "地铁三号线新增两座车站...",
        "记者从轨道交通公司了解到，地铁三号线延长线将新增两座车站，预计年底...",
        "2025-06-17 18:05:41",
        "老城区停车难问题有望缓解...",
        "市城管局近日发布消息，老城区将新建三处立体停车场，共提供车位...",
        "2025-06-16 12:44:09",
        "",
        "热门资讯",
        "",
        "暑期游泳馆开放时间调整...",
        "2025-06-18 07:10:22",
        "本周末全市气温将升至三十五度...",
        "2025-06-18 06:55:03",
    ]);

    [Fact]
    public void A_news_dump_keeps_title_date_and_body_and_drops_both_teaser_lists()
    {
        CleanResult result = Cleaner.Clean(NewsDump(), "news.txt");
        Assert.Contains("跨江大桥下月通车 两岸车程缩短至十分钟", result.Text, StringComparison.Ordinal);
        Assert.Contains("2025-06-18 09:32:15", result.Text, StringComparison.Ordinal);
        foreach (string p in NewsBody) Assert.Contains(p, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("相关内容", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("地铁三号线新增两座车站", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("老城区停车难", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("热门资讯", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("暑期游泳馆", result.Text, StringComparison.Ordinal);
        Assert.False(result.Verdict.Spam);
    }

    private static readonly string[] FarmBody =
    [
        "    今年入夏以來，本市多個社區陸續開放了夜間運動場地，居民下班後可以在燈光球場打籃球、踢足球，也可以在健身步道上慢跑。",
        "    據市體育局介紹，今年新增的二十三處夜間場地大多由原有的學校操場和公園空地改造而成，每晚開放到十點，週末延長到十一點。",
        "    不少居民表示，過去晚上只能在社區裡散步，現在有了專門的場地，孩子們放學後也多了一個鍛鍊身體的去處。",
        "    體育局相關負責人說，下一步將根據居民的意見調整開放時間，並在部分場地增加飲水點和休息座椅，方便老年人使用。",
    ];

    private static string FarmDump() => string.Join("\n",
    [
        "社區夜間運動場地陸續開放，居民有了鍛鍊新去處",
        "    來源：都市晨報網  作者：林曉  2025-06-20 20:15",
        "",
        .. FarmBody.SelectMany(p => new[] { p, "" }),
        "    校對：陳怡",
        "",
        "    責任編輯：許文",
        "    聲明：本網轉載此文僅為傳遞更多資訊，不代表本網觀點，據此操作風險自負",
        "    下載晨報官方APP，隨時掌握本地新聞動態。",
        "    網友評論",
        "    登錄後可以發言",
        "    發送",
        "    暫無評論",
        "    為你推薦",
        "    換一換",
        "      主站蜘蛛池模板: 澳门博彩娱乐城| 在线真人百家乐| 六合彩免费资料大全| 成人无码视频在线观看| 时时彩计划网站| 免费毛片在线播放| 亚洲精品国产一区二区| 日本三级片在线观看",
    ]);

    [Fact]
    public void A_farm_dump_keeps_its_body_and_drops_furniture_and_the_spam_line()
    {
        CleanResult result = Cleaner.Clean(FarmDump(), "farm.txt");
        foreach (string p in FarmBody) Assert.Contains(p.Trim(), result.Text, StringComparison.Ordinal);
        foreach (string furniture in new[] { "責任編輯", "聲明", "官方APP", "網友評論", "登錄後可以發言", "暫無評論", "為你推薦", "蜘蛛池" })
            Assert.DoesNotContain(furniture, result.Text, StringComparison.Ordinal);
        Assert.True(result.Verdict.Spam);
        Assert.Equal(BlockLabel.Spam, result.Blocks[^1].Label);
    }

    // The readings of the Traditional characters of the farm dump that content farms annotate (not all of them).
    private static readonly Dictionary<char, string> Readings = new()
    {
        ['來'] = "lái", ['個'] = "gè", ['區'] = "qū", ['陸'] = "lù", ['續'] = "xù", ['開'] = "kāi", ['間'] = "jiān",
        ['運'] = "yùn", ['動'] = "dòng", ['場'] = "chǎng", ['後'] = "hòu", ['燈'] = "dēng", ['籃'] = "lán", ['據'] = "jù",
        ['體'] = "tǐ", ['紹'] = "shào", ['學'] = "xué", ['點'] = "diǎn", ['裡'] = "lǐ", ['現'] = "xiàn", ['門'] = "mén",
        ['專'] = "zhuān", ['們'] = "men", ['鍛'] = "duàn", ['鍊'] = "liàn", ['說'] = "shuō", ['調'] = "tiáo", ['時'] = "shí",
        ['飲'] = "yǐn", ['處'] = "chù",
    };

    private static string Annotate(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            sb.Append(c);
            if (Readings.TryGetValue(c, out string? reading)) sb.Append('(').Append(reading).Append(')');
        }
        return sb.ToString();
    }

    private static string AnnotatedFarmDump()
    {
        string[] lines = FarmDump().Split('\n');
        // The title and the body carry the annotations, as in the seed; the furniture and the spam line do not.
        lines[0] = Annotate(lines[0]);
        for (int i = 0; i < lines.Length; i++)
        {
            if (FarmBody.Contains(lines[i])) lines[i] = Annotate(lines[i]);
        }
        return string.Join("\n", lines);
    }

    [Fact]
    public void An_annotated_farm_dump_is_flagged_spam_and_obfuscated()
    {
        CleanResult result = Cleaner.Clean(AnnotatedFarmDump(), "farm.txt");
        Assert.True(result.Verdict.Spam);
        Assert.True(result.Verdict.Obfuscated);
        Assert.Equal(ObfuscationKinds.Pinyin, result.Verdict.Obfuscation.Kinds);
        int annotated = FarmBody.Sum(p => p.Count(Readings.ContainsKey));
        Assert.InRange(result.Verdict.Obfuscation.PinyinAnnotations, annotated, annotated + FarmDump().Split('\n')[0].Count(Readings.ContainsKey));
        Assert.Contains("場(chǎng)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_gives_the_annotated_farm_body_back_as_it_was()
    {
        var repairing = Cleaner.CreateDefault(CleanerOptions.Default with { Repair = true });
        CleanResult result = repairing.Clean(AnnotatedFarmDump(), "farm.txt");
        foreach (string p in FarmBody) Assert.Contains(p.Trim(), result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(", result.Text, StringComparison.Ordinal);
        Assert.Equal("社區夜間運動場地陸續開放，居民有了鍛鍊新去處", result.Title);
        Assert.True(result.Verdict.Obfuscated); // the verdict still reports what the page held
    }

    [Fact]
    public void The_news_dump_and_the_plain_farm_dump_are_not_obfuscated_and_repair_leaves_them_alone()
    {
        var repairing = Cleaner.CreateDefault(CleanerOptions.Default with { Repair = true });
        foreach (string dump in new[] { NewsDump(), FarmDump() })
        {
            CleanResult result = Cleaner.Clean(dump, "page.txt");
            Assert.False(result.Verdict.Obfuscated);
            Assert.Equal(ObfuscationReport.None, result.Verdict.Obfuscation);
            Assert.Equal(result.Text, repairing.Clean(dump, "page.txt").Text);
        }
    }
}
