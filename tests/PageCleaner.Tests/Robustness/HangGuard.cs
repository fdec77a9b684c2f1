namespace PageCleaner.Tests.Robustness;

/// <summary>
/// Runs work that must not hang, failing the test after a generous bound instead of blocking the suite. The bound
/// is a guard against hangs and runaway (quadratic) work on a shared, slow machine, not a speed measurement.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public static T Run<T>(Func<T> work)
    {
        Task<T> task = Task.Run(work);
        Assert.True(task.Wait(Bound), $"did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>Runs a clean that may be refused; returns the result, or null with the refusal's message.</summary>
    public static (CleanResult? Result, string? Refusal) Clean(Func<CleanResult> clean) => Run<(CleanResult?, string?)>(() =>
    {
        try
        {
            return (clean(), null);
        }
        catch (PageRejectedException e)
        {
            return (null, e.Message);
        }
    });
}
