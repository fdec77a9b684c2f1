using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features;

/// <summary>
/// Second-stage features: what the first-stage model thought of the block's neighbours, its container and the page.
/// A lone short paragraph among confident content is content; a paragraph-looking teaser inside a list of
/// boilerplate is not. Computed from first-stage probabilities (content, boilerplate, spam per block).
/// </summary>
internal static class ContextFeatures
{
    private const float Sure = 0.5f;
    private static readonly int[] Offsets = [-3, -2, -1, 1, 2, 3];

    public static IReadOnlyList<FeatureDefinition> Definitions { get; } = Build();

    private static List<FeatureDefinition> Build()
    {
        var list = new List<FeatureDefinition>
        {
            new("ctx.self_content", "first-stage probability that the block is content"),
            new("ctx.self_spam", "first-stage probability that the block is spam"),
        };
        foreach (int o in Offsets)
        {
            string at = o < 0 ? $"prev{-o}" : $"next{o}";
            list.Add(new($"ctx.{at}_content", $"first-stage content probability of the block {Math.Abs(o)} {(o < 0 ? "before" : "after")} (0 when none)"));
        }
        list.Add(new("ctx.window3_mean", "character-weighted mean first-stage content probability of the 3 blocks on each side"));
        list.Add(new("ctx.window10_mean", "mean first-stage content probability of the 10 blocks on each side"));
        list.Add(new("ctx.box_mean", "character-weighted mean first-stage content probability of the other blocks in the same container"));
        list.Add(new("ctx.outer_mean", "character-weighted mean first-stage content probability of the blocks under the container's parent"));
        list.Add(new("ctx.page_content_share", "share of the page's characters in blocks the first stage calls content"));
        list.Add(new("ctx.rank", "share of the page's blocks with a higher first-stage content probability"));
        list.Add(new("ctx.content_before", "share of the first-stage content characters that come before the block"));
        list.Add(new("ctx.log_distance_to_content", "log(1 + blocks to the nearest other block the first stage calls content), 0 when none"));
        list.Add(new("ctx.between_content", "1 when blocks of 50+ characters the first stage calls content lie within 10 blocks both before and after"));
        list.Add(new("ctx.page_spam_max", "highest first-stage spam probability on the page"));
        list.Add(new("ctx.kind_mean", "character-weighted mean first-stage content probability of the other blocks of the same kind: the same tag and first class word on the block's element, its parent and grandparent (the items of a list, the posts of a thread, the cards of a grid); the block's own when it is alone"));
        list.Add(new("ctx.kind_log_count", "log(1 + other blocks of the same kind)"));
        list.Add(new("ctx.kind_page_share", "share of the page's characters in the blocks of the block's kind, itself included"));
        list.Add(new("ctx.topic_overlap", "share of the block's distinct character bigrams that occur in other blocks the first stage calls content (staying on the article's topic)"));
        return list;
    }

    /// <summary>Fills <paramref name="rows"/> (blocks x <see cref="Definitions"/>.Count) from first-stage probabilities (blocks x 3).</summary>
    public static void Extract(PageAnalysis page, ReadOnlySpan<float> firstStage, Span<float> rows)
    {
        int n = page.Blocks.Count, width = Definitions.Count;
        var content = new float[n];
        float spamMax = 0, contentChars = 0, total = Math.Max(1, page.TotalChars);
        for (int i = 0; i < n; i++)
        {
            content[i] = firstStage[i * BlockLabels.Count + (int)BlockLabel.Content];
            spamMax = Math.Max(spamMax, firstStage[i * BlockLabels.Count + (int)BlockLabel.Spam]);
            if (content[i] >= Sure) contentChars += page.Stats[i].Chars;
        }
        var boxes = Aggregate(page, content, e => e);
        var outers = Aggregate(page, content, e => e.Parent);
        float[] sorted = (float[])content.Clone();
        Array.Sort(sorted);
        int[] distance = DistancesToContent(content);
        float[] topic = TopicOverlap.Compute(page, content, Sure);
        var (kinds, kindCount) = BlockKinds.Of(page);
        var kindWeighted = new float[kindCount];
        var kindChars = new float[kindCount];
        var kindBlocks = new int[kindCount];
        for (int i = 0; i < n; i++)
        {
            if (kinds[i] < 0) continue;
            float chars = page.Stats[i].Chars + 1;
            kindWeighted[kinds[i]] += content[i] * chars;
            kindChars[kinds[i]] += chars;
            kindBlocks[kinds[i]]++;
        }
        float allChars = total + n;
        float contentSoFar = 0;
        for (int i = 0; i < n; i++)
        {
            Span<float> row = rows.Slice(i * width, width);
            int chars = page.Stats[i].Chars;
            row[0] = content[i];
            row[1] = firstStage[i * BlockLabels.Count + (int)BlockLabel.Spam];
            for (int k = 0; k < Offsets.Length; k++)
            {
                int j = i + Offsets[k];
                row[2 + k] = j >= 0 && j < n ? content[j] : 0;
            }
            int f = 2 + Offsets.Length;
            row[f] = WeightedMean(page, content, i, 3);
            row[f + 1] = Mean(content, i, 10);
            row[f + 2] = Others(boxes, page.Containers[i], content[i], chars, row[f]);
            row[f + 3] = Others(outers, page.Containers[i]?.Parent, content[i], chars, row[f + 2]);
            row[f + 4] = contentChars / total;
            row[f + 5] = 1 - UpperFraction(sorted, content[i]);
            row[f + 6] = contentChars <= 0 ? 0 : contentSoFar / contentChars;
            row[f + 7] = Log(distance[i]);
            row[f + 8] = Flag(HasContentWithin(page, content, i, -1) && HasContentWithin(page, content, i, 1));
            row[f + 9] = spamMax;
            int kind = kinds[i];
            float own = chars + 1;
            bool alone = kind < 0 || kindBlocks[kind] == 1;
            row[f + 10] = alone ? content[i] : (kindWeighted[kind] - content[i] * own) / (kindChars[kind] - own);
            row[f + 11] = alone ? 0 : Log(kindBlocks[kind] - 1);
            row[f + 12] = (alone ? own : kindChars[kind]) / allChars;
            row[f + 13] = topic[i];
            if (content[i] >= Sure) contentSoFar += chars;
        }
    }

    private static Dictionary<ElementNode, (float Weighted, float Chars)> Aggregate(PageAnalysis page, float[] content, Func<ElementNode, ElementNode?> level)
    {
        var sums = new Dictionary<ElementNode, (float, float)>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < content.Length; i++)
        {
            if (page.Containers[i] is not ElementNode box || level(box) is not ElementNode key) continue;
            float chars = page.Stats[i].Chars;
            var (w, c) = sums.GetValueOrDefault(key);
            sums[key] = (w + content[i] * chars, c + chars);
        }
        return sums;
    }

    // Mean over the other blocks of the group; falls back to the given value when the block is alone.
    private static float Others(Dictionary<ElementNode, (float Weighted, float Chars)> sums, ElementNode? key, float self, int chars, float fallback)
    {
        if (key is null || !sums.TryGetValue(key, out var s)) return fallback;
        float restChars = s.Chars - chars;
        return restChars <= 0 ? fallback : (s.Weighted - self * chars) / restChars;
    }

    private static float WeightedMean(PageAnalysis page, float[] content, int i, int radius)
    {
        float w = 0, c = 0;
        for (int j = Math.Max(0, i - radius); j <= Math.Min(content.Length - 1, i + radius); j++)
        {
            if (j == i) continue;
            float chars = page.Stats[j].Chars + 1;
            w += content[j] * chars;
            c += chars;
        }
        return c == 0 ? 0 : w / c;
    }

    private static float Mean(float[] content, int i, int radius)
    {
        float sum = 0;
        int count = 0;
        for (int j = Math.Max(0, i - radius); j <= Math.Min(content.Length - 1, i + radius); j++)
        {
            if (j == i) continue;
            sum += content[j];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    // Share of values strictly above v in the sorted array.
    private static float UpperFraction(float[] sorted, float v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return sorted.Length == 0 ? 0 : (sorted.Length - lo) / (float)sorted.Length;
    }

    // Blocks to the nearest other content block, 0 when there is none; two linear passes, so a page of a million
    // link blocks and no content stays linear.
    private static int[] DistancesToContent(float[] content)
    {
        int n = content.Length;
        var distance = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            distance[i] = last < 0 ? int.MaxValue : i - last;
            if (content[i] >= Sure) last = i;
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--)
        {
            if (last >= 0) distance[i] = Math.Min(distance[i], last - i);
            if (content[i] >= Sure) last = i;
            if (distance[i] == int.MaxValue) distance[i] = 0;
        }
        return distance;
    }

    private static bool HasContentWithin(PageAnalysis page, float[] content, int i, int direction)
    {
        for (int d = 1; d <= 10; d++)
        {
            int j = i + d * direction;
            if (j < 0 || j >= content.Length) return false;
            if (content[j] >= Sure && page.Stats[j].Chars >= 50) return true;
        }
        return false;
    }
}
