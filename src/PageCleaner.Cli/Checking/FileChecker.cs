namespace PageCleaner.Cli.Checking;

/// <summary>Checks one file by its kind; any failure becomes a one-line error for that file, never an exception.</summary>
internal static class FileChecker
{
    public static FileCheck Check(CheckTarget target, CheckPolicy policy, CheckCleaners cleaners, bool fix)
    {
        try
        {
            return target.Kind == CheckFileKind.Jsonl
                ? JsonlFileChecker.Check(target, policy, cleaners, fix)
                : PageFileChecker.Check(target, policy, cleaners.Pages, fix);
        }
        catch (PageCleanerException e)
        {
            return FileCheck.Failed(target, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileCheck.Failed(target, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not hide the other files' findings or print a stack trace.
            return FileCheck.Failed(target, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this file");
        }
    }
}
