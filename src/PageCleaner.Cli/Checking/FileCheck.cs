namespace PageCleaner.Cli.Checking;

/// <summary>What checking one file found and did.</summary>
/// <param name="Target">The file.</param>
/// <param name="Findings">Every block breaking the policy, allowed ones included, in line order.</param>
/// <param name="Errors">One-line problems (unreadable file, a JSONL line that is not a document), each naming the file.</param>
/// <param name="FixNote">Under <c>--fix</c>: what was rewritten, or why the file was not.</param>
/// <param name="Rewritten">Whether <c>--fix</c> wrote the file.</param>
/// <param name="Notes">Lines worth knowing that do not fail the check (obfuscated pages under a policy that does not fail on them).</param>
internal sealed record FileCheck(CheckTarget Target, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Errors, string? FixNote, bool Rewritten, IReadOnlyList<string>? Notes = null)
{
    /// <summary>The findings that fail the check (not on the allow-list).</summary>
    public IEnumerable<Finding> Failing => Findings.Where(f => !f.Allowed);

    public static FileCheck Failed(CheckTarget target, string error) => new(target, [], [$"{target.Display}: {error}"], null, false);
}
