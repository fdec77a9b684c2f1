using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Output;

/// <summary>One line of MANIFEST.tsv: what a generated file is made of.</summary>
internal sealed record ManifestRow(PagePlan Plan, IReadOnlyList<SpamPlan> Spam)
{
    public const string Header = "file\tlanguage\tkind\tlayout\tencoding\tdeclaration\tarticle\tlength\tsplit\tspam\tspam_language\tspam_placement\tspam_hiding\tdump_style";

    public string Line()
    {
        string Join(Func<SpamPlan, string> f) => Spam.Count == 0 ? "-" : string.Join(",", Spam.Select(f));
        return string.Join('\t',
            Plan.File,
            Plan.Language,
            Plan.Kind,
            Plan.Layout.Name,
            Plan.Dump is null ? PageEncoder.Name(Plan.Encoding) : "utf-8",
            Plan.Dump is null ? (Plan.Encoding.Declaration == "none" ? "none" : $"{Plan.Encoding.Declaration}:{Plan.Encoding.Label}") : "-",
            Plan.Article.Id,
            Plan.Length.ToString().ToLowerInvariant(),
            Plan.HeldOut ? "held-out" : "train",
            Spam.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Join(s => s.Language),
            Join(s => SpamPlan.PlacementName(s.Placement)),
            Join(s => Hiding.Name(s.Hiding.Method)),
            Plan.Dump?.Describe() ?? "-");
    }
}
