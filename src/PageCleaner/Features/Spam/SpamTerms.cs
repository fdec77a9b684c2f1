namespace PageCleaner.Features.Spam;

/// <summary>
/// Our curated spam vocabulary: words and phrases hacked pages use in injected link and keyword blocks, per category
/// and language. Kept lower-case; Latin and Cyrillic terms match whole words (a plural "s" allowed), Han, kana,
/// Hangul and Thai terms match anywhere. Additions should be specific to spam: a word that ordinary articles use
/// often (news about casinos or loans) only adds noise to the evidence.
/// </summary>
internal static class SpamTerms
{
    public static readonly (SpamCategory Category, string[] Terms)[] All =
    [
        (SpamCategory.Gambling,
        [
            // English
            "casino", "online casino", "slot gacor", "slot online", "slot machine", "sportsbook", "betting tips",
            "bet online", "poker online", "jackpot", "roulette", "blackjack", "baccarat", "free spins", "bonus deposit",
            "no deposit bonus", "live casino", "sports betting", "togel",
            // Chinese (Simplified, Traditional)
            "博彩", "赌场", "赌博", "娱乐城", "百家乐", "六合彩", "时时彩", "老虎机", "棋牌", "真人视讯", "体育投注", "澳门赌",
            "网上赌", "开户送", "彩金", "赌球", "下注", "彩票平台", "葡京", "赌船", "賭場", "賭博", "娛樂城", "百家樂",
            "老虎機", "真人視訊", "體育投注", "賭球", "開戶送", "六合彩開獎", "博弈",
            // Japanese
            "カジノ", "オンラインカジノ", "パチンコ", "パチスロ", "ブックメーカー", "スロット", "ギャンブル",
            // Korean
            "카지노", "바카라", "토토", "먹튀", "사설토토", "안전놀이터", "파워볼", "슬롯사이트", "스포츠토토",
            // Russian
            "казино", "онлайн казино", "ставки на спорт", "букмекер", "игровые автоматы", "слоты", "рулетка", "джекпот",
            // Vietnamese
            "cá cược", "nhà cái", "cá độ", "tài xỉu", "lô đề", "soi cầu", "nổ hũ", "game bài", "đánh bạc",
            // Thai
            "บาคาร่า", "สล็อต", "คาสิโน", "แทงบอล", "พนัน", "เว็บพนัน", "เครดิตฟรี", "หวยออนไลน์",
            // Indonesian
            "judi", "judi online", "situs slot", "agen judi", "bandar togel", "sbobet", "maxwin", "deposit pulsa", "rtp slot",
            "slot88", "gacor", "judi bola", "agen bola", "situs judi", "link alternatif", "bo slot",
            // Spanish, Portuguese, German, French, Turkish
            "casino en línea", "apuestas", "tragamonedas", "ruleta", "apuestas deportivas", "cassino", "apostas",
            "caça-níqueis", "roleta", "sportwetten", "spielautomaten", "casino en ligne", "paris sportifs",
            "machines à sous", "bahis", "canlı bahis", "kaçak bahis", "deneme bonusu",
        ]),
        (SpamCategory.Porn,
        [
            "porn", "porno", "xxx", "sex video", "sex videos", "hot girls", "escort", "camgirl", "webcam girls", "nude",
            "adult videos", "hentai", "milf", "hookup", "free sex",
            "色情", "成人影片", "成人视频", "成人電影", "无码", "無碼", "毛片", "三级片", "三級片", "黄片", "裸聊", "约炮",
            "約炮", "一夜情", "偷拍", "福利视频", "福利視頻", "av女优", "女优", "国产精品", "久久精品", "一区二区", "欧美日韩",
            "人妻", "巨乳", "自拍偷拍", "国产自拍", "亚洲av", "日韩av",
            "アダルト", "エロ", "無修正", "出会い系", "セフレ", "av女優", "風俗", "熟女",
            "야동", "조건만남", "출장안마", "오피", "섹스", "포르노", "몰카", "19금",
            "порно", "секс", "проститутки", "интим", "эскорт", "шлюхи", "эротика",
            "phim sex", "phim heo", "gái gọi", "khiêu dâm", "clip nóng",
            "หนังโป๊", "คลิปโป๊", "เย็ด", "หนังav", "ดูหนังx",
            "bokep", "video mesum", "ngentot", "cewek bispak", "sange",
            "videos porno", "putas", "sexo gratis", "pornô", "vídeos de sexo", "acompanhantes", "sexkontakte",
            "rencontre sexe", "sikiş",
        ]),
        (SpamCategory.Pharma,
        [
            "viagra", "cialis", "levitra", "kamagra", "tramadol", "xanax", "valium", "oxycodone", "phentermine",
            "without prescription", "no prescription", "online pharmacy", "buy pills", "cheap pills", "erectile dysfunction",
            "weight loss pills", "penis enlargement", "sildenafil", "tadalafil", "vardenafil", "modafinil", "adderall",
            "oxycontin", "hydrocodone", "canadian pharmacy", "no rx",
            "伟哥", "偉哥", "春药", "春藥", "迷药", "迷藥", "壮阳", "壯陽", "催情", "减肥药", "減肥藥", "代孕", "处方药", "堕胎药",
            "バイアグラ", "シアリス", "精力剤", "ed治療薬", "媚薬",
            "비아그라", "시알리스", "정력제", "발기부전", "낙태약",
            "виагра", "сиалис", "без рецепта", "аптека онлайн", "потенция",
            "thuốc kích dục", "thuốc cường dương", "thuốc phá thai",
            "ยาปลุกเซ็กส์", "ไวอากร้า", "ยาเพิ่มขนาด", "ยาลดความอ้วน",
            "obat kuat", "obat aborsi", "obat perangsang",
            "sin receta", "farmacia online", "sem receita", "farmácia online", "potenzmittel", "ohne rezept",
            "sans ordonnance",
        ]),
        (SpamCategory.Loan,
        [
            "payday loan", "quick loan", "instant loan", "fast loan", "bad credit", "no credit check", "cash advance",
            "fast cash", "title loan", "guaranteed approval", "loan approval",
            "网贷", "網貸", "小额贷款", "小額貸款", "借钱", "借錢", "秒批", "无抵押", "無抵押", "信用卡套现", "套现", "套現",
            "贷款口子", "黑户贷款",
            "即日融資", "キャッシング", "消費者金融", "闇金", "審査なし", "カードローン",
            "무직자대출", "급전", "소액대출", "당일대출", "일수대출",
            "микрозайм", "займ на карту", "быстрый кредит", "деньги в долг", "займ",
            "vay tiền nhanh", "vay tiền online", "vay nóng", "tín dụng đen",
            "เงินกู้", "สินเชื่อด่วน", "กู้เงินด่วน", "เงินด่วน",
            "pinjaman online", "pinjol", "dana tunai", "kredit tanpa agunan",
            "préstamos rápidos", "préstamo rápido", "crédito rápido", "dinero rápido", "empréstimo rápido",
            "empréstimo online", "crédito fácil", "sofortkredit", "kredit ohne schufa", "prêt rapide", "crédit rapide",
        ]),
        (SpamCategory.Counterfeit,
        [
            "replica watches", "replica handbags", "replica bags", "replica rolex", "fake rolex", "cheap jordans", "cheap nike", "ugg boots",
            "louis vuitton outlet", "fake id", "fake passport", "buy diploma", "fake diploma",
            "高仿", "精仿", "复刻表", "複刻錶", "仿牌", "a货", "假证", "办证", "辦證", "代开发票", "代開發票", "刻章", "假钞",
            "假鈔", "一比一",
            "スーパーコピー", "偽物", "ブランドコピー", "コピー品", "n級品",
            "레플리카", "짝퉁", "이미테이션", "명품레플",
            "реплики", "копии часов", "купить диплом", "купить права",
            "hàng fake", "hàng nhái", "super fake", "làm bằng giả",
            "ของก๊อป", "นาฬิกาก๊อป", "แบรนด์เนมเกรด",
            "jam tangan kw", "tas kw", "barang kw", "replika",
            "réplicas de relojes", "relojes réplica", "bolsos réplica", "replica uhren", "répliques de montres",
        ]),
        (SpamCategory.Seo,
        [
            "buy backlinks", "cheap backlinks", "dofollow backlinks", "backlink service", "seo services", "link building",
            "buy followers", "cheap seo", "pbn", "paid guest post", "traffic bot",
            "蜘蛛池", "站群", "外链", "快速排名", "seo优化", "关键词排名", "關鍵詞排名", "百度收录", "黑帽", "泛目录",
            "寄生虫", "友情链接", "友情鏈接", "蜘蛛池模板", "seo優化",
            "被リンク", "seo対策", "相互リンク",
            "백링크", "상위노출",
            "прогон", "продвижение сайта", "обратные ссылки", "накрутка",
            "dịch vụ seo", "tăng traffic",
            "รับทำseo", "แบ็คลิงก์", "ปั่นไลค์",
            "jasa seo", "jasa backlink",
            "posicionamiento web", "comprar seguidores", "backlinks kaufen",
        ]),
    ];
}
