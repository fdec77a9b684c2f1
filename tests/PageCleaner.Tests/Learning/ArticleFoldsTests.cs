using PageCleaner.Learning.Training;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Learning;

public sealed class ArticleFoldsTests
{
    private static string Article(int n) =>
        $"Article {n}: the council met on a Tuesday to decide the fate of bridge number {n}, which engineers had closed for repairs.";

    private static LabeledPage Html(int article, string furniture) =>
        new($"a{article}-{furniture}.html", "", Segmenting.Html($"<html><body><nav><a href='/'>{furniture}</a></nav><p>{Article(article)}</p><p>A short line.</p></body></html>"));

    private static LabeledPage Dump(int article) =>
        new($"a{article}.txt", "", Segmenting.Text($"Home\nNews\n\n{Article(article).Replace(" ", "  ", StringComparison.Ordinal)}\n\nShare"));

    [Fact]
    public void Copies_of_one_article_share_a_fold_whatever_their_form_or_furniture()
    {
        var pages = new List<LabeledPage>();
        for (int a = 0; a < 12; a++) pages.AddRange([Html(a, "Home"), Html(a, "Buy cheap pills"), Dump(a)]);
        int[] fold = ArticleFolds.Assign(pages, 4);
        for (int a = 0; a < 12; a++)
        {
            Assert.Equal(fold[3 * a], fold[3 * a + 1]);
            Assert.Equal(fold[3 * a], fold[3 * a + 2]);
        }
        // Articles go round the folds: three each.
        Assert.All(Enumerable.Range(0, 4), f => Assert.Equal(9, fold.Count(x => x == f)));
    }

    [Fact]
    public void With_fewer_articles_than_folds_pages_go_round_the_folds()
    {
        var pages = Enumerable.Range(0, 8).Select(i => Html(i % 2, "Home " + i)).ToList();
        Assert.Equal([0, 1, 2, 3, 0, 1, 2, 3], ArticleFolds.Assign(pages, 4));
    }
}
