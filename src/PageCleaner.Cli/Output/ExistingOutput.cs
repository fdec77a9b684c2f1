namespace PageCleaner.Cli.Output;

/// <summary>
/// The guard of commands that write one named file (<c>train --out</c>, <c>language-profiles --out</c>): a file
/// already there is kept unless <c>--overwrite</c> was given, and the refusal comes before any work is done.
/// </summary>
internal static class ExistingOutput
{
    /// <summary>True when <paramref name="target"/> exists and may not be replaced; the one-line reason is then written to <paramref name="error"/>.</summary>
    public static bool Refused(string target, string shownAs, bool overwrite, TextWriter error)
    {
        if (overwrite || !File.Exists(target)) return false;
        error.WriteLine($"pagecleaner: {shownAs}: already exists; pass --overwrite to replace it");
        return true;
    }
}
