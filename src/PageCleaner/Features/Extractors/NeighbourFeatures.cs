using PageCleaner.Text;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>The blocks before and after: a teaser list or a run of links looks different from a run of paragraphs.</summary>
internal sealed class NeighbourFeatures : IFeatureExtractor
{
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    public NeighbourFeatures()
    {
        var list = new List<FeatureDefinition>();
        foreach (int o in Offsets)
        {
            string at = o < 0 ? $"prev{-o}" : $"next{o}";
            string where = o < 0 ? $"{-o} block(s) before" : $"{o} block(s) after";
            list.Add(new($"{at}.log_chars", $"log(1 + characters) of the block {where} (0 when none)"));
            list.Add(new($"{at}.link_density", $"link density of the block {where}"));
            list.Add(new($"{at}.ends_with_sentence_end", $"1 when the block {where} ends a sentence"));
            list.Add(new($"{at}.truncated", $"1 when the block {where} ends with ... or …"));
            list.Add(new($"{at}.date_coverage", $"share of date/time characters in the block {where}"));
            list.Add(new($"{at}.same_container", $"1 when the block {where} sits in the same container"));
        }
        list.Add(new("window.mean_log_chars", "mean log(1 + characters) over the 3 blocks on each side"));
        list.Add(new("window.max_log_chars", "largest log(1 + characters) over the 5 blocks on each side"));
        list.Add(new("window.log_short_run", "log(1 + length of the run of consecutive blocks under 50 characters that holds this block), 0 for longer blocks"));
        list.Add(new("window.log_linked_run", "log(1 + length of the run of consecutive mostly-linked blocks that holds this block), 0 when this block is not mostly links"));
        list.Add(new("window.truncated_near", "blocks ending with ... or … among the 3 on each side"));
        list.Add(new("window.dated_near", "blocks with a date/time mention among the 3 on each side"));
        list.Add(new("window.prose_near", "blocks of 80 characters or more ending a sentence among the 5 on each side"));
        Features = list;
    }

    public IReadOnlyList<FeatureDefinition> Features { get; }

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        int n = page.Blocks.Count;
        int k = 0;
        foreach (int o in Offsets)
        {
            int j = block + o;
            if (j >= 0 && j < n)
            {
                TextStats s = page.Stats[j];
                row[k] = Log(s.Chars);
                row[k + 1] = Math.Min(1f, Ratio(page.Blocks[j].LinkChars, s.Chars));
                row[k + 2] = Flag(s.EndsWithSentenceEnd);
                row[k + 3] = Flag(s.EndsTruncated);
                row[k + 4] = page.DateCoverage[j];
                row[k + 5] = Flag(page.Containers[j] is not null && ReferenceEquals(page.Containers[j], page.Containers[block]));
            }
            k += 6;
        }
        float sum = 0, max = 0;
        int count = 0, truncated = 0, dated = 0, prose = 0;
        for (int j = Math.Max(0, block - 5); j <= Math.Min(n - 1, block + 5); j++)
        {
            if (j == block) continue;
            float lc = Log(page.Stats[j].Chars);
            max = Math.Max(max, lc);
            if (page.Stats[j].Chars >= 80 && page.Stats[j].EndsWithSentenceEnd) prose++;
            if (Math.Abs(j - block) > 3) continue;
            sum += lc;
            count++;
            if (page.Stats[j].EndsTruncated) truncated++;
            if (page.DateMentions[j] > 0) dated++;
        }
        row[k] = count == 0 ? 0 : sum / count;
        row[k + 1] = max;
        row[k + 2] = page.Stats[block].Chars < 50 ? Log(Run(page, block, static (p, j) => p.Stats[j].Chars < 50)) : 0;
        row[k + 3] = IsLinked(page, block) ? Log(Run(page, block, IsLinked)) : 0;
        row[k + 4] = truncated;
        row[k + 5] = dated;
        row[k + 6] = prose;
    }

    private static bool IsLinked(PageAnalysis p, int j) => p.Stats[j].Chars > 0 && p.Blocks[j].LinkChars * 2 > p.Stats[j].Chars;

    // Length of the maximal run of consecutive blocks satisfying the test around block (capped for speed).
    private static int Run(PageAnalysis page, int block, Func<PageAnalysis, int, bool> test)
    {
        const int Cap = 50;
        int start = block, end = block;
        while (start > 0 && block - start < Cap && test(page, start - 1)) start--;
        while (end < page.Blocks.Count - 1 && end - block < Cap && test(page, end + 1)) end++;
        return end - start + 1;
    }
}
