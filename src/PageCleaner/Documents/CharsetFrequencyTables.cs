namespace PageCleaner.Documents;

/// <summary>
/// The most frequent characters of each CJK script, roughly in order of frequency in news and web text. A correct
/// decoding hits these often; a wrong decoding of the same bytes lands on them only by chance.
/// </summary>
internal static class CharsetFrequencyTables
{
    /// <summary>The ~500 most frequent Simplified Chinese hanzi.</summary>
    public const string SimplifiedHanzi =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里" +
        "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实" +
        "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政" +
        "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
        "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件" +
        "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
        "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改" +
        "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
        "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企" +
        "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列";

    /// <summary>The ~500 most frequent Traditional Chinese hanzi.</summary>
    public const string TraditionalHanzi =
        "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡" +
        "用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實" +
        "日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政" +
        "美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員" +
        "解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件" +
        "計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象" +
        "完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改" +
        "收根乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調" +
        "深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企" +
        "八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列";

    /// <summary>The ~300 most frequent Japanese kanji (hiragana and katakana are scored as a whole).</summary>
    public const string JapaneseKanji =
        "日一国人年大十二本中長出三同時政事自行社見月分議後前民生連五発間対上部東者党地合市業内相方四定今回新" +
        "場金員九入選立開手米力学問高代明実円関決子動京全目表戦経通外最言氏現理調体化田当八六約主題下首意法不" +
        "来作性的要用制治度務強気小七成期公持野協取都和統以機平総加山思家話世受区領多県続進正安設保改数記院女" +
        "初北午指権心界支第産結百派点教報済書府活原先共得解名交資予川向際査勝面委告軍文反元重近千考判認画海参" +
        "売利組知案道信策集在件団別物側任引使求所次水半品昨論計死官増係感特情投示変打男基私各始島直両朝革価式" +
        "確村提運終挙果西勢減台広容必応演電歳住争談能無再位置企真流格有疑口過局少放税検藤町常校料沢裁状工建語";

    /// <summary>The ~230 most frequent Hangul syllables.</summary>
    public const string HangulSyllables =
        "이다의는에가을하고지기리로사서한자도어대시수나구정아인일부전상보해국장라제있소주니스적요들으만게내연" +
        "성비원우마것중경여문화무신동위공관면미재오개용세발학방생진실당조거선러계분모회단물산교저까데영금했며" +
        "드간안결할명점통속불호없반과그울때두건작운직트변히노입심치행유님체식날더르말민파현년월본표법은를와및" +
        "또된되던씨께습였었겠합될든려야죠네군렇렵워왔좋많같알람각처럼너런늘친음족랑얼굴손눈길집차돈책글씀엇누" +
        "디언왜떻잘못녕감축역술업환강료률협력받따련함프램템확필능최근번올난않";

    private static readonly ulong[] Simplified = CharsetBitSet.From(SimplifiedHanzi);
    private static readonly ulong[] Traditional = CharsetBitSet.From(TraditionalHanzi);
    private static readonly ulong[] Kanji = CharsetBitSet.From(JapaneseKanji);
    private static readonly ulong[] Hangul = CharsetBitSet.From(HangulSyllables);

    public static bool IsFrequent(EncodingScript script, char c) => script switch
    {
        EncodingScript.SimplifiedChinese => CharsetBitSet.Contains(Simplified, c),
        EncodingScript.TraditionalChinese => CharsetBitSet.Contains(Traditional, c),
        EncodingScript.Japanese => CharsetBitSet.Contains(Kanji, c),
        EncodingScript.Korean => CharsetBitSet.Contains(Hangul, c),
        _ => false,
    };
}
