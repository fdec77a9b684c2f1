using System.Text;

namespace PageCleaner.Tests.Documents;

/// <summary>Paragraphs written for these tests, one per legacy encoding, and helpers to encode and wrap them.</summary>
internal static class CharsetTestTexts
{
    public const string SimplifiedChinese =
        "今天早上我们一起去公园散步，天气非常好。很多老人在湖边打太极拳，孩子们在草地上放风筝。" +
        "中午我们在附近的小饭馆吃了饺子和面条，价格便宜，味道也不错。" +
        "下午回家以后，我开始整理这个月的工作计划，准备下周向经理汇报。";

    public const string TraditionalChinese =
        "臺北市政府昨天宣布，明年起將在各區增設更多的公共圖書館與運動中心。" +
        "市長表示，這項計畫的目的是讓市民在下班後有更多學習和休閒的空間。" +
        "不少家長認為，這對孩子們的教育很有幫助，但也有人擔心經費不足的問題。";

    public const string Japanese =
        "昨日は友達と一緒に京都へ行きました。朝早く新幹線に乗って、お昼前に着きました。" +
        "お寺や神社をたくさん見て回り、夕方には川沿いの店で抹茶のアイスクリームを食べました。" +
        "とても楽しい一日でしたので、また秋に紅葉を見に行きたいと思っています。";

    public const string Korean =
        "오늘은 친구들과 함께 서울 시내에 있는 박물관에 다녀왔습니다. " +
        "전시된 그림과 도자기가 정말 아름다웠고, 설명도 자세해서 많은 것을 배울 수 있었습니다. " +
        "점심에는 근처 식당에서 비빔밥과 된장찌개를 먹었습니다. 다음 주말에는 가족과 함께 바닷가에 가려고 합니다.";

    public const string Russian =
        "Вчера вечером мы с друзьями ходили в новый театр на набережной. " +
        "Спектакль длился почти три часа, но никто не заскучал: актёры играли замечательно, а музыка была просто великолепной. " +
        "После представления мы долго гуляли по городу и обсуждали увиденное. В следующую субботу мы собираемся поехать на дачу.";

    public const string French =
        "L'été dernier, nous avons passé deux semaines à la campagne, près d'un petit village où l'on trouve encore " +
        "une boulangerie traditionnelle. Chaque matin, ma sœur allait chercher des croissants et du pain frais. " +
        "Le soir, nous dînions dehors en écoutant les cigales ; c'était vraiment agréable et très reposant.";

    public const string German =
        "Die Größe des Gebäudes überraschte uns. Während der Führung erklärte die Ärztin, dass hier früher " +
        "Süßigkeiten hergestellt wurden. Außerdem gab es einen schönen Garten mit alten Bäumen, in dem wir noch lange spazieren gingen.";

    /// <summary>For the UTF-8 cases: several scripts at once, which only Unicode can carry.</summary>
    public const string Multilingual =
        "Notre café « Chez Zoë » accueille aussi des visiteurs de Pékin (北京欢迎你), de Tokyo (ようこそ) et de Moscou (добро пожаловать). " +
        "Größere Gruppen melden sich bitte vorher an — merci beaucoup !";

    static CharsetTestTexts() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Canonical name, .NET code page, paragraph.</summary>
    public static TheoryData<string, int, string> LegacyCases => new()
    {
        { "gb18030", 54936, SimplifiedChinese },
        { "big5", 950, TraditionalChinese },
        { "shift_jis", 932, Japanese },
        { "euc-kr", 949, Korean },
        { "windows-1251", 1251, Russian },
        { "windows-1252", 1252, French },
        { "windows-1252", 1252, German },
    };

    public static byte[] Encode(int codePage, string text)
    {
        Encoding encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return encoding.GetBytes(text);
    }

    public static string Html(string head, string text) =>
        "<!DOCTYPE html>\n<html lang=\"x\">\n<head>\n" + head + "\n<title>" + text[..10] + "</title>\n" +
        "<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n<div class=\"content\">\n<p>" + text + "</p>\n</div>\n</body>\n</html>\n";
}
