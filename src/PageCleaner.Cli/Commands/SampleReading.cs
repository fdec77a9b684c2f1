using PageCleaner.Learning.Training;

namespace PageCleaner.Cli.Commands;

/// <summary>Loads sample files on all cores, in catalogue order, reporting unreadable ones one line each.</summary>
internal static class SampleReading
{
    public sealed record Loaded(LabeledPage Page, bool HeldOut);

    public sealed class Result : List<Loaded>
    {
        public int Failed { get; set; }
    }

    public static Result LoadAll(IReadOnlyList<SampleFile> files, TextWriter error, CancellationToken cancellation)
    {
        var outcomes = files
            .AsParallel().AsOrdered()
            .WithCancellation(cancellation)
            .Select(f =>
            {
                try
                {
                    return (File: f, Pages: SampleLoader.Load(f, CleanerOptions.Default).ToList(), Error: (string?)null);
                }
                catch (PageCleanerException e)
                {
                    return (File: f, Pages: new List<LabeledPage>(), Error: e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return (File: f, Pages: new List<LabeledPage>(), Error: e.Message);
                }
            });
        var result = new Result();
        foreach (var (file, pages, message) in outcomes)
        {
            if (message is not null)
            {
                result.Failed++;
                // Messages from the sample readers already start with the file name (and line) when they know it.
                error.WriteLine(message.StartsWith(file.Relative, StringComparison.Ordinal) || message.Contains(Path.GetFileName(file.FullPath) + ":", StringComparison.Ordinal)
                    ? $"pagecleaner: {message}"
                    : $"pagecleaner: {file.Relative}: {message}");
            }
            foreach (LabeledPage p in pages) result.Add(new Loaded(p, file.HeldOut));
        }
        return result;
    }
}
