using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>
/// Shares the method × place cells among pages round-robin: page <c>p</c> takes cells <c>p·V</c> to <c>p·V+V−1</c>
/// (mod the cell count), with V the smallest number of variants per page that gives every cell at least the
/// requested number of cases.
/// </summary>
internal sealed class CasePlan
{
    private readonly List<(HidingMethod Method, Place Place)> _cells;

    /// <summary>A plan over the cells of <paramref name="methods"/> × <paramref name="places"/>.</summary>
    public CasePlan(IEnumerable<HidingMethod> methods, IEnumerable<Place> places, int pages, int casesPerCell)
    {
        _cells = [.. from m in methods from p in places select (m, p)];
        if (pages <= 0) throw new ArgumentOutOfRangeException(nameof(pages), "no pages to inject into");
        PerPage = (int)Math.Ceiling((double)casesPerCell * _cells.Count / pages);
    }

    /// <summary>Variants each page gets.</summary>
    public int PerPage { get; }

    /// <summary>The number of cells.</summary>
    public int Cells => _cells.Count;

    /// <summary>The cells page <paramref name="pageIndex"/> is injected with.</summary>
    public IEnumerable<(HidingMethod Method, Place Place)> For(int pageIndex)
    {
        for (int k = 0; k < PerPage; k++) yield return _cells[(int)(((long)pageIndex * PerPage + k) % _cells.Count)];
    }
}
