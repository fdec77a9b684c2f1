namespace PageCleaner.Tests.Text;

/// <summary>Texts written for the obfuscation tests: content-farm marks and the legitimate look-alikes they must not be confused with.</summary>
internal static class ObfuscationTexts
{
    /// <summary>A Traditional-Chinese paragraph with a toned pinyin syllable after 10 of its characters, the way content farms republish.</summary>
    public const string AnnotatedParagraph =
        "據(jù)市體(tǐ)育局介紹(shào)，今年新增的夜間(jiān)場(chǎng)地大多由學(xué)校操場(chǎng)改造而成(chéng)，每晚開(kāi)放到十點(diǎn)。";

    /// <summary><see cref="AnnotatedParagraph"/> as it was before the annotations.</summary>
    public const string PlainParagraph = "據市體育局介紹，今年新增的夜間場地大多由學校操場改造而成，每晚開放到十點。";

    /// <summary>
    /// A textbook page of 200-odd Han characters: two word glosses of several syllables, one single-character gloss
    /// <c>氹(dàng)</c> and two readings written right after a character (<c>讀作háng，</c>, <c>讀作xíng。</c>).
    /// </summary>
    public const string TextbookPage =
        "這篇課文裡有幾個生字要記住。饕餮(tāotiè)是古代傳說中的一種猛獸，後來人們用它比喻貪吃的人。" +
        "老人走路蹣跚(pánshān)，孩子們都上前攙扶。雨後路上有一個小水氹(dàng)，弟弟一腳踩了進去。" +
        "同學們讀課文時要注意這些字的讀音，尤其是多音字，比如「行」在銀行裡讀作háng，在行走裡讀作xíng。" +
        "課後請把生字抄寫三遍，並用每個生字組兩個詞，下節課我們要聽寫。老師還說，遇到不認識的字，" +
        "可以先查字典，再看看它在句子裡的意思，這樣記得更牢。最後，請大家朗讀課文，注意停頓和語氣，讀出老人的辛苦和孩子們的善良。" +
        "窗外的雨越下越大，教室裡卻很安靜，只聽見翻書的聲音。";

    /// <summary>English names in parentheses after Han characters: never pinyin.</summary>
    public const string EnglishInParentheses = "打造歷史上最大的人工智能(AI)基礎設施項目，名為星際之門(Stargate)，由甲骨文(Oracle)參與。";

    /// <summary>Emoji ZWJ sequences (family, rainbow flag, woman technologist), ten times over.</summary>
    public static readonly string EmojiSequences = string.Concat(Enumerable.Repeat("Our team 👨‍👩‍👧‍👦 marched 🏳️‍🌈 and coded 👩🏽‍💻 all day. ", 10));

    /// <summary>Persian text, where the zero-width non-joiner is part of the spelling, ten times over.</summary>
    public static readonly string PersianText = string.Concat(Enumerable.Repeat("من می‌خواهم کتاب‌ها را به کتابخانه‌ها ببرم. ", 10));

    /// <summary>Spam words broken up with zero-width spaces and joiners: 6 inside Latin words, 3 between Han characters.</summary>
    public const string ZeroWidthSpam = "Buy che\u200Bap vi\u200Bag\u200Bra to\u200Bday, fr\u200De\u200Ce spins. 澳\u200B門\u200B博\u200B彩";

    /// <summary>German with ordinary soft hyphens at syllable breaks.</summary>
    public const string GermanHyphenation = "Die Donau\u00ADdampf\u00ADschiff\u00ADfahrts\u00ADgesell\u00ADschaft be\u00ADrät über die Be\u00ADra\u00ADtung.";

    /// <summary>Two words with a soft hyphen after every letter: 3 in "free", 4 in "spins".</summary>
    public const string SoftHyphenSpam = "Get f\u00ADr\u00ADe\u00ADe s\u00ADp\u00ADi\u00ADn\u00ADs now";

    /// <summary>English with Cyrillic а and о in three words.</summary>
    public const string CyrillicInLatin = "Please verify your p\u0430ypal \u0430ccount at the secure l\u043Egin page today.";

    /// <summary>Russian with Latin e, o and c in three words.</summary>
    public const string LatinInCyrillic = "Пpивeт, это нoвая акция: скидки для вcех клиентов.";

    /// <summary>Russian naming Latin brands and a hyphenated compound, and Greek letters in biomedical names.</summary>
    public const string RussianWithBrands = "Новый iPhone и приложение Telegram для Windows-компьютеров вышли вчера; в статье также упомянуты TNFα и IFNγ.";
}
