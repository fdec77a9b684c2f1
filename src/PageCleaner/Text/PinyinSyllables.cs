using System.Collections.Frozen;

namespace PageCleaner.Text;

/// <summary>
/// The syllables of Hanyu Pinyin, without tones, <c>ü</c> written <c>v</c>. Used to tell a pinyin annotation such as
/// <c>門(mén)</c> from an English word in parentheses such as <c>(Stargate)</c>.
/// </summary>
internal static class PinyinSyllables
{
    // Grouped by initial; written out here from the standard syllable table.
    private const string Table =
        "a ai an ang ao e ei en eng er o ou " +
        "yi ya yao ye you yan yin yang ying yong yu yue yuan yun wu wa wo wai wei wan wen wang weng " +
        "ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu " +
        "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu " +
        "ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu " +
        "fa fan fang fei fen feng fo fou fu " +
        "da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo " +
        "ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo " +
        "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve " +
        "la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve " +
        "ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo " +
        "ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo " +
        "ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo " +
        "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun " +
        "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun " +
        "xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun " +
        "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo " +
        "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo " +
        "sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo " +
        "ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo " +
        "za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo " +
        "ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo " +
        "sa sai san sang sao se sen seng si song sou su suan sui sun suo";

    private static readonly FrozenSet<string> Syllables = Table.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Syllables.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest syllable, in letters (<c>zhuang</c>).</summary>
    public const int MaxLength = 6;

    /// <summary>Whether <paramref name="plain"/> (lower case, no tone, <c>ü</c> as <c>v</c>) is a pinyin syllable.</summary>
    public static bool Contains(ReadOnlySpan<char> plain) => plain.Length <= MaxLength && Lookup.Contains(plain);

    /// <summary>
    /// The plain letter of a pinyin letter: <c>a</c>-<c>z</c> as they are, tone-marked vowels without their tone,
    /// <c>ü</c> (with or without tone) as <c>v</c>; '\0' for anything else (upper case included: annotations are lower case).
    /// </summary>
    public static char Plain(char c) => c switch
    {
        >= 'a' and <= 'z' => c,
        'ā' or 'á' or 'ǎ' or 'à' => 'a',
        'ē' or 'é' or 'ě' or 'è' => 'e',
        'ī' or 'í' or 'ǐ' or 'ì' => 'i',
        'ō' or 'ó' or 'ǒ' or 'ò' => 'o',
        'ū' or 'ú' or 'ǔ' or 'ù' => 'u',
        'ü' or 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' => 'v',
        _ => '\0',
    };

    /// <summary>The combining tone marks (macron, acute, caron, grave) that decomposed text puts after a vowel.</summary>
    public static bool IsCombiningTone(char c) => c is '\u0304' or '\u0301' or '\u030C' or '\u0300';
}
