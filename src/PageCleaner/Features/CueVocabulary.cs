using PageCleaner.Text;

namespace PageCleaner.Features;

/// <summary>
/// Short phrases, in many languages, that sites use in their furniture (copyright lines, share bars, "related"
/// headings, editor lines) and that injected spam uses (gambling, porn, pharma, loans). They are features for the
/// model to weigh, never a filter. All categories are found in one pass over the block text (<see cref="PhraseIndex"/>).
/// </summary>
internal static class CueVocabulary
{
    public const int Legal = 0, Social = 1, Comment = 2, Related = 3, Navigation = 4, Editor = 5, Source = 6,
        Advertising = 7, App = 8, Spam = 9, Count = 10;

    public static readonly string[] Names =
        ["legal", "social", "comment", "related", "navigation", "editor", "source", "advertising", "app", "spam"];

    private static readonly PhraseIndex Index = new(
    [
        Create("copyright", "©", "all rights reserved", "privacy policy", "terms of use", "terms of service", "cookie",
            "版权所有", "版權所有", "免责声明", "免責聲明", "声明：", "聲明：", "仅供参考", "僅供參考", "icp备", "icp證", "增值电信",
            "著作権", "無断転載",
            "저작권", "무단 전재", "все права защищены", "alle rechte vorbehalten", "impressum", "datenschutz",
            "tous droits réservés", "mentions légales", "todos los derechos reservados", "política de privacidad",
            "todos os direitos reservados", "hak cipta", "bản quyền", "جميع الحقوق محفوظة"),
        Create("share", "tweet", "facebook", "whatsapp", "telegram", "pinterest", "linkedin", "分享", "微信", "微博", "转发",
            "轉發", "收藏", "点赞", "シェア", "ツイート", "공유", "поделиться", "teilen", "partager", "compartir",
            "compartilhar", "bagikan", "chia sẻ", "مشاركة"),
        Create("comment", "reply", "log in", "login", "sign in", "sign up", "register", "subscribe", "newsletter", "评论",
            "評論", "留言", "登录", "登錄", "注册", "註冊", "发表", "发言", "發言", "网友", "網友", "コメント", "ログイン", "댓글",
            "로그인", "комментар", "войти", "kommentar", "anmelden", "commentaire", "connexion", "comentario",
            "iniciar sesión", "comentário", "komentar", "bình luận", "تعليق"),
        Create("related", "read more", "more stories", "recommended", "you may also like", "most read", "popular",
            "trending", "see also", "相关", "相關", "热门", "熱門", "推荐", "推薦", "猜你喜欢", "更多", "延伸阅读", "延伸閱讀",
            "换一换", "換一換", "排行", "関連記事", "人気", "おすすめ", "관련", "인기", "추천", "читайте также", "похожие",
            "популярное", "mehr zum thema", "auch interessant", "lire aussi", "à lire aussi", "leer más",
            "te puede interesar", "leia também", "baca juga", "xem thêm", "tin liên quan", "اقرأ أيضا", "lesen sie auch",
            "lies auch", "das könnte sie auch interessieren", "weitere artikel", "weitere beiträge", "mehr dazu",
            "voir aussi", "sur le même sujet", "leggi anche", "potrebbe interessarti", "lee también", "ver también",
            "veja também", "lees ook", "czytaj także", "czytaj też", "läs också", "læs også", "les også", "lue myös",
            "přečtěte si také", "olvassa el", "читайте також"),
        Create("home", "next", "previous", "back to top", "menu", "首页", "首頁", "上一篇", "下一篇", "上一页", "下一页",
            "返回", "当前位置", "目前位置", "您的位置", "トップ", "次へ", "前へ", "홈", "다음", "이전", "главная", "далее",
            "startseite", "weiter", "accueil", "suivant", "inicio", "siguiente", "início", "próximo", "beranda",
            "trang chủ", "الرئيسية"),
        Create("责任编辑", "責任編輯", "编辑：", "編輯：", "编辑:", "校对", "校對", "审核", "審核", "editor:", "edited by",
            "redakteur", "редактор", "편집"),
        Create("来源：", "來源：", "来源:", "作者：", "记者", "記者", "原标题", "posted by", "written by", "published",
            "updated", "author", "投稿日", "기자", "автор", "veröffentlicht", "publié", "publicado", "diterbitkan"),
        Create("advertisement", "sponsored", "广告", "廣告", "推广", "贊助", "赞助", "広告", "광고", "реклама", "anzeige",
            "publicité", "publicidad", "publicidade", "iklan", "quảng cáo", "إعلان"),
        Create("download the app", "app store", "google play", "下载", "下載", "客户端", "扫码", "扫一扫", "二维码",
            "アプリ", "앱", "скачать", "herunterladen", "télécharger", "descargar", "unduh", "tải ứng dụng"),
        Create("casino", "slot gacor", "judi", "togel", "poker online", "betting", "viagra", "cialis", "payday loan",
            "replica watches", "escort", "porn", "xxx", "博彩", "赌场", "賭場", "娱乐城", "娛樂城", "彩票", "六合彩", "时时彩", "百家乐",
            "百家樂", "老虎机", "棋牌", "色情", "无码", "無碼", "毛片", "三级片", "福利视频", "代孕", "办证", "辦證", "代开发票",
            "私服", "伟哥", "春药", "网贷", "パチンコ", "出会い系", "카지노", "토토", "바카라", "먹튀", "казино", "ставки",
            "займ", "cá cược", "nhà cái", "บาคาร่า", "สล็อต"),
    ]);

    /// <summary>Only the start of a block is searched: cue phrases head the furniture they mark, and long blocks cost time.</summary>
    public const int SearchedChars = 300;

    /// <summary>
    /// The categories whose phrases occur in the first <see cref="SearchedChars"/> characters of
    /// <paramref name="text"/> (ignoring case and the width of ASCII forms), as a bit set.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        if (text.Length > SearchedChars) text = text[..SearchedChars];
        // Fold once and compare ordinally (the phrases are folded the same way): this runs on every block.
        Span<char> folded = stackalloc char[text.Length];
        InvariantLowerCase.Lower(text, folded);
        NarrowAsciiForms(folded);
        return Index.Match(folded);
    }

    // Chinese and Japanese pages write "声明：" and "声明:" alike, and a full-width "ＣＯＰＹＲＩＧＨＴ" is still the word:
    // the full-width forms of ASCII (U+FF01 to U+FF5E) become ASCII.
    private static void NarrowAsciiForms(Span<char> text)
    {
        // Most blocks have none: one vectorised search answers for them.
        int first = text.IndexOfAnyInRange('\uFF01', '\uFF5E');
        if (first < 0) return;
        for (int i = first; i < text.Length; i++)
        {
            if (text[i] is >= '\uFF01' and <= '\uFF5E') text[i] = (char)(text[i] - 0xFEE0);
        }
    }

    private static string[] Create(params string[] phrases) => [.. phrases.Select(Fold)];

    private static string Fold(string phrase)
    {
        char[] folded = phrase.ToLowerInvariant().ToCharArray();
        NarrowAsciiForms(folded);
        return new string(folded);
    }
}
