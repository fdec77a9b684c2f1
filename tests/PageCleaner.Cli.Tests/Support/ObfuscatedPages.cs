using System.Text;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>
/// A Traditional-Chinese text dump written for these tests, plain and with a pinyin syllable after many of its
/// characters, the way content farms republish articles.
/// </summary>
internal static class ObfuscatedPages
{
    public const string Title = "河濱公園步道整修完成，週末起重新開放";

    public static readonly string[] Paragraphs =
    [
        "市政府工務局昨天宣布，河濱公園的自行車步道經過三個月的整修，將在本週末重新開放，市民可以再次沿著河岸騎車和散步。",
        "這次整修更換了破損的路面，加寬了部分轉彎處，並在沿線增設了照明設備和休息區，晚上騎車也比過去安全許多。",
        "工務局表示，整修期間收到不少市民的意見，其中最多的是希望增加飲水機和公共廁所，這些設施已經列入下一階段的計畫。",
        "附近居民說，步道關閉的這段時間只能繞遠路上班，現在終於可以恢復原來的路線，每天能省下二十分鐘左右。",
    ];

    private static readonly Dictionary<char, string> Readings = new()
    {
        ['園'] = "yuán", ['濱'] = "bīn", ['開'] = "kāi", ['動'] = "dòng", ['過'] = "guò", ['個'] = "gè", ['們'] = "men",
        ['車'] = "chē", ['這'] = "zhè", ['換'] = "huàn", ['處'] = "chù", ['設'] = "shè", ['備'] = "bèi", ['區'] = "qū",
        ['許'] = "xǔ", ['見'] = "jiàn", ['機'] = "jī", ['計'] = "jì", ['畫'] = "huà", ['說'] = "shuō", ['關'] = "guān",
        ['時'] = "shí", ['間'] = "jiān", ['遠'] = "yuǎn", ['現'] = "xiàn", ['終'] = "zhōng", ['來'] = "lái", ['線'] = "xiàn",
        ['務'] = "wù", ['週'] = "zhōu", ['整'] = "zhěng", ['修'] = "xiū",
    };

    /// <summary>The dump: title, byline, paragraphs and furniture; <paramref name="annotated"/> puts pinyin in the title and paragraphs.</summary>
    public static string Dump(bool annotated)
    {
        Func<string, string> text = annotated ? Annotate : s => s;
        var lines = new List<string> { text(Title), "來源：河岸日報  2025-05-02 08:30", "" };
        foreach (string p in Paragraphs)
        {
            lines.Add(text(p));
            lines.Add("");
        }
        lines.AddRange(["責任編輯：王明", "聲明：本網轉載此文僅為傳遞更多資訊，不代表本網觀點", "網友評論", "登錄後可以發言"]);
        return string.Join("\n", lines) + "\n";
    }

    private static string Annotate(string plain)
    {
        var sb = new StringBuilder(plain.Length * 2);
        foreach (char c in plain)
        {
            sb.Append(c);
            if (Readings.TryGetValue(c, out string? reading)) sb.Append('(').Append(reading).Append(')');
        }
        return sb.ToString();
    }
}
