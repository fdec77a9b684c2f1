namespace PageCleaner.SpamInjection.Spam;

/// <summary>Draws spam blocks from one half of a <see cref="SpamPool"/>.</summary>
internal sealed class SpamBlockMaker(SpamPool pool, SpamHalf half)
{
    // Headings spam blocks carry in each language, different in each half (like the phrases); never looked for,
    // since a reader-visible heading may stay.
    private static readonly Dictionary<string, string[]> EvalHeadings = new(StringComparer.Ordinal)
    {
        ["zh-hans"] = ["友情链接"],
        ["zh-hant"] = ["合作夥伴"],
        ["en"] = ["Partners"],
        ["ja"] = ["関連リンク"],
        ["ko"] = ["추천 사이트"],
        ["ru"] = ["Партнёры"],
    };

    private static readonly Dictionary<string, string[]> TrainHeadings = new(StringComparer.Ordinal)
    {
        ["zh-hans"] = ["热门搜索", "站群收录:"],
        ["zh-hant"] = ["熱門關鍵字"],
        ["en"] = ["Popular searches"],
        ["ja"] = ["おすすめサイト"],
        ["ko"] = ["인기 검색어"],
        ["ru"] = ["Полезные ссылки"],
    };

    /// <summary>The languages this half has phrases in.</summary>
    public IReadOnlyList<string> Languages { get; } = pool.Languages.Where(l => pool.Of(half, l).Count > 0).ToList();

    /// <summary>A block of 4 to 8 distinct phrases of <paramref name="language"/>, in random order.</summary>
    public SpamBlock Make(string language, Random random)
    {
        IReadOnlyList<SpamPhrase> phrases = pool.Of(half, language);
        if (phrases.Count == 0) throw new ArgumentException($"no {half} phrases in {language}", nameof(language));
        int count = Math.Min(phrases.Count, random.Next(4, 9));
        var order = Enumerable.Range(0, phrases.Count).ToArray();
        random.Shuffle(order);
        var texts = order.Take(count).Select(i => phrases[i].Text).ToList();
        var hosts = texts.Select(_ => HostNames.Next(random, half)).ToList();
        var headings = half == SpamHalf.Eval ? EvalHeadings : TrainHeadings;
        string? heading = headings.TryGetValue(language, out string[]? options) && random.Next(3) == 0 ? options[random.Next(options.Length)] : null;
        return new SpamBlock(language, texts, hosts, heading, half);
    }
}
