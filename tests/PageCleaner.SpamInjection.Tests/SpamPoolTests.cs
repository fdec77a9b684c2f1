using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Tests;

public sealed class SpamPoolTests
{
    private static readonly SpamPool Pool = SpamPool.Embedded;

    [Fact]
    public void Eval_and_train_halves_share_no_phrase_nor_any_part_of_one()
    {
        var eval = Pool.Phrases.Where(p => p.Half == SpamHalf.Eval).Select(p => p.Text).ToList();
        var train = Pool.Phrases.Where(p => p.Half == SpamHalf.Train).Select(p => p.Text).ToList();
        Assert.NotEmpty(eval);
        Assert.NotEmpty(train);
        foreach (string e in eval)
        {
            Assert.DoesNotContain(train, t => t.Contains(e, StringComparison.Ordinal) || e.Contains(t, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Both_halves_cover_at_least_eight_languages_and_the_six_topics()
    {
        foreach (SpamHalf half in Enum.GetValues<SpamHalf>())
        {
            var phrases = Pool.Phrases.Where(p => p.Half == half).ToList();
            Assert.True(phrases.Select(p => p.Language).Distinct().Count() >= 8, $"{half}: fewer than 8 languages");
            Assert.Equal(["counterfeit", "gambling", "loans", "pharma", "porn", "seo"], phrases.Select(p => p.Topic).Distinct().Order(StringComparer.Ordinal));
            Assert.Contains(phrases, p => p.Language == "zh-hans");
            Assert.Contains(phrases, p => p.Language == "zh-hant");
        }
    }

    [Fact]
    public void No_eval_phrase_occurs_in_the_training_data_the_model_learns_from()
    {
        string root = Path.Combine(Repository.Root, "training-data");
        var texts = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);
        foreach (SpamPhrase p in Pool.Phrases.Where(p => p.Half == SpamHalf.Eval))
        {
            Assert.DoesNotContain(texts, t => t.Contains(p.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Malformed_lines_name_the_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => SpamPool.Parse("# note\neval\ten\tseo\tok phrase\nboth\ten\tseo\tx\n", "pool.tsv"));
        Assert.StartsWith("pool.tsv:3:", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => SpamPool.Parse("eval\ten\tonly three", "p.tsv"));
    }

    [Fact]
    public void A_block_draws_distinct_phrases_of_its_half_and_language_with_a_host_each()
    {
        var maker = new SpamBlockMaker(Pool, SpamHalf.Train);
        SpamBlock block = maker.Make("ru", new Random(5));
        var allowed = Pool.Of(SpamHalf.Train, "ru").Select(p => p.Text).ToHashSet();
        Assert.InRange(block.Phrases.Count, 4, 8);
        Assert.All(block.Phrases, p => Assert.Contains(p, allowed));
        Assert.Equal(block.Phrases.Count, block.Phrases.Distinct().Count());
        Assert.Equal(block.Phrases.Count, block.Hosts.Count);
        Assert.All(block.Hosts, h => Assert.Matches("^[a-z0-9.]+\\.[a-z]+$", h));
    }

    [Fact]
    public void The_halves_write_their_blocks_differently_hosts_headings_and_markup()
    {
        Assert.Empty(HostNames.EvalSuffixes.Intersect(HostNames.TrainSuffixes));
        var eval = new SpamBlockMaker(Pool, SpamHalf.Eval);
        var train = new SpamBlockMaker(Pool, SpamHalf.Train);
        var evalHeadings = new HashSet<string?>();
        var trainHeadings = new HashSet<string?>();
        for (int seed = 0; seed < 200; seed++)
        {
            foreach (string language in new[] { "en", "zh-hans", "ja" })
            {
                SpamBlock e = eval.Make(language, new Random(seed)), t = train.Make(language, new Random(seed));
                Assert.All(e.Hosts, h => Assert.Contains(HostNames.EvalSuffixes, s => h.EndsWith(s, StringComparison.Ordinal)));
                Assert.All(t.Hosts, h => Assert.Contains(HostNames.TrainSuffixes, s => h.EndsWith(s, StringComparison.Ordinal)));
                evalHeadings.Add(e.Heading);
                trainHeadings.Add(t.Heading);
            }
        }
        Assert.Equal([null], evalHeadings.Intersect(trainHeadings));
        Assert.True(evalHeadings.Count > 1 && trainHeadings.Count > 1);
        string evalHtml = Injection.SpamMarkup.Render(eval.Make("en", new Random(1)), Injection.HidingMethod.VisibleLinks, "", new Random(1)).Html;
        string trainHtml = Injection.SpamMarkup.Render(train.Make("en", new Random(1)), Injection.HidingMethod.VisibleLinks, "", new Random(1)).Html;
        Assert.Contains("target=\"_blank\"", evalHtml, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow\"", trainHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"nofollow\"", evalHtml, StringComparison.Ordinal);
    }
}
