using PageCleaner.Language;
using Xunit.Abstractions;

namespace PageCleaner.Tests.Language;

/// <summary>Identification with the embedded profiles: the test texts, short and odd input, scripts, determinism.</summary>
public sealed class NgramLanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly NgramLanguageIdentifier Identifier = NgramLanguageIdentifier.Default;

    [Fact]
    public void The_test_texts_are_identified_with_at_least_95_percent_accuracy()
    {
        List<LanguageTrainingText> texts = RepositoryTexts.TestTexts();
        var accuracy = LanguageAccuracy.Measure(Identifier, texts);
        output.WriteLine(accuracy.ToTable());
        foreach (var (source, expected, given) in accuracy.Errors) output.WriteLine($"wrong: {source}: {expected} named {given}");

        Assert.All(texts, t => Assert.True(t.Text.Length >= 200, $"{t.Source} is shorter than 200 characters"));
        Assert.True(accuracy.PerLanguage().Count() >= 30, "fewer than 30 languages have test texts");
        Assert.All(accuracy.PerLanguage(), l => Assert.True(l.Texts >= 5, $"{l.Code} has fewer than 5 test texts"));
        Assert.True(accuracy.Overall >= 0.95, $"overall accuracy {accuracy.Overall:P1}");
        // No language may be mostly wrong: every one gets at least four texts in five right.
        Assert.All(accuracy.PerLanguage(), l => Assert.True(l.Correct >= 0.8 * l.Texts, $"{l.Code}: {l.Correct} of {l.Texts}"));
    }

    [Fact]
    public void Every_test_language_is_one_the_identifier_can_name()
    {
        foreach (var (code, _, _) in LanguageAccuracy.Measure(Identifier, RepositoryTexts.TestTexts()).PerLanguage())
        {
            Assert.Contains(code, Identifier.Languages);
        }
        Assert.Equal(30, Identifier.ProfiledLanguages.Count);
        Assert.Equal(Identifier.ProfiledLanguages.Order(StringComparer.Ordinal), Identifier.ProfiledLanguages);
    }

    [Fact]
    public void Training_and_test_texts_do_not_share_sentences()
    {
        var training = LanguageTextFolder.ReadTraining(RepositoryTexts.TrainFolder, "train").ToDictionary(t => t.Code, t => t.Text);
        foreach (LanguageTrainingText test in RepositoryTexts.TestTexts())
        {
            if (!training.TryGetValue(test.Code, out string? train)) continue;
            foreach (string sentence in test.Text.Split(['.', '。', '!', '?', '।', '؟'], StringSplitOptions.TrimEntries))
            {
                if (sentence.Length >= 40) Assert.DoesNotContain(sentence, train, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("2024-03-11 18:40 +01:00 — 4.2 % (12/25)")]
    [InlineData("!!! ??? ... ### *** ---")]
    [InlineData("Hello world")]          // 10 letters
    [InlineData("The cat sat on a mat.")] // 16 letters
    [InlineData("中文网站")]              // 4 Han characters count as 8 letters
    public void Too_short_or_letterless_text_is_undetermined(string? text)
    {
        LanguageGuess g = Identifier.Identify(text);

        Assert.Equal("und", g.Language);
        Assert.True(g.IsUndetermined);
        Assert.Equal(0, g.Confidence);
    }

    [Fact]
    public void Text_split_between_scripts_is_undetermined()
    {
        // About a third each of Latin, Cyrillic and Greek letters: no script has half of them.
        LanguageGuess g = Identifier.Identify("house garden window дом сад окно σπίτι κήπος");

        Assert.Equal("und", g.Language);
    }

    [Theory]
    [InlineData("The committee will publish its final report on the new railway line next spring.", "en")]
    [InlineData("Die Stadtverwaltung hat beschlossen, die alte Brücke im nächsten Jahr zu erneuern.", "de")]
    [InlineData("Le gouvernement présentera demain un nouveau projet de loi sur le logement.", "fr")]
    [InlineData("Правительство обсудит новый закон о жилье на следующей неделе.", "ru")]
    [InlineData("Уряд обговорить новий закон про житло наступного тижня.", "uk")]
    [InlineData("Η κυβέρνηση θα παρουσιάσει αύριο ένα νέο νομοσχέδιο για τη στέγαση.", "el")]
    [InlineData("ממשלת ישראל תדון בשבוע הבא בחוק הדיור החדש.", "he")]
    [InlineData("सरकार अगले सप्ताह नए आवास कानून पर चर्चा करेगी।", "hi")]
    [InlineData("รัฐบาลจะหารือเกี่ยวกับกฎหมายที่อยู่อาศัยฉบับใหม่ในสัปดาห์หน้า", "th")]
    [InlineData("정부는 다음 주에 새로운 주택 법안을 논의할 예정입니다.", "ko")]
    [InlineData("政府は来週、新しい住宅法案について話し合う予定です。", "ja")]
    [InlineData("政府下周将讨论新的住房法案，预计会引起广泛关注。", "zh-hans")]
    [InlineData("政府下週將討論新的住房法案，預計會引起廣泛關注。", "zh-hant")]
    [InlineData("საქართველოს მთავრობა მომავალ კვირას ახალ კანონს განიხილავს.", "ka")]
    [InlineData("Հայաստանի կառավարությունը հաջորդ շաբաթ կքննարկի նոր օրենքը։", "hy")]
    public void Sentences_are_identified_by_script_and_profile(string text, string expected)
    {
        LanguageGuess g = Identifier.Identify(text);

        Assert.Equal(expected, g.Language);
        Assert.InRange(g.Confidence, 0.01, 1.0);
    }

    [Fact]
    public void Chinese_with_a_stray_kana_stays_Chinese_and_Han_with_enough_kana_is_Japanese()
    {
        Assert.Equal("zh-hans", Identifier.Identify("这是我们公司最新推出的の产品，欢迎大家购买和使用，质量很好").Language);
        Assert.Equal("ja", Identifier.Identify("東京都の新しい住宅政策について説明します").Language);
    }

    [Fact]
    public void Chinese_without_variant_specific_characters_is_plain_zh()
    {
        LanguageGuess g = Identifier.Identify("中文和日文的文字有不同，大家都用中文字。人人都可以用。");

        Assert.Equal("zh", g.Language);
        Assert.Equal(ChineseVariant.Unknown, g.Chinese.Variant);
    }

    [Fact]
    public void The_guess_reports_script_letters_and_evidence()
    {
        LanguageGuess latin = Identifier.Identify("Ein kurzer deutscher Satz über das Wetter von morgen.");
        LanguageGuess han = Identifier.Identify("我们学校的图书馆明天开门，欢迎大家来看书。");

        Assert.Equal(UnicodeScript.Latin, latin.Script);
        Assert.Equal(44, latin.Letters);
        Assert.Equal(44, latin.Evidence);
        Assert.Equal(UnicodeScript.Han, han.Script);
        Assert.Equal(19, han.Letters);
        Assert.Equal(38, han.Evidence);
        Assert.True(han.Chinese.SimplifiedChars > 0);
    }

    [Fact]
    public void Identification_is_deterministic_across_calls_and_instances()
    {
        var other = new NgramLanguageIdentifier(LanguageProfileSet.Parse(ReadEmbedded(), "copy"));
        foreach (LanguageTrainingText t in RepositoryTexts.TestTexts())
        {
            LanguageGuess first = Identifier.Identify(t.Text);
            Assert.Equal(first, Identifier.Identify(t.Text));
            Assert.Equal(first, other.Identify(t.Text));
        }
    }

    [Fact]
    public void Identification_is_the_same_from_many_threads()
    {
        List<LanguageTrainingText> texts = RepositoryTexts.TestTexts();
        string[] expected = texts.Select(t => Identifier.Identify(t.Text).Language).ToArray();
        var results = new string[4][];
        Parallel.For(0, 4, k => results[k] = texts.Select(t => Identifier.Identify(t.Text).Language).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_very_long_text_is_identified_from_its_beginning()
    {
        string text = string.Concat(Enumerable.Repeat("Dies ist ein ziemlich langer deutscher Text über nichts Besonderes. ", 2000));

        LanguageGuess g = Identifier.Identify(text);

        Assert.Equal("de", g.Language);
        Assert.True(g.Letters > 100_000);
    }

    private static string ReadEmbedded()
    {
        using Stream stream = typeof(NgramLanguageIdentifier).Assembly.GetManifestResourceStream(DefaultProfiles.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
