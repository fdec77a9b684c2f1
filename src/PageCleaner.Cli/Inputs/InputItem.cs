namespace PageCleaner.Cli.Inputs;

/// <summary>One page to process: a file (with its path relative to the folder it was found in) or standard input.</summary>
/// <param name="Display">The name used in messages and in the result's source field.</param>
/// <param name="FullPath">The file's absolute path; null for standard input.</param>
/// <param name="Relative">Where its output goes under the output folder, without extension change.</param>
internal sealed record InputItem(string Display, string? FullPath, string Relative)
{
    public bool IsStdin => FullPath is null;
}
