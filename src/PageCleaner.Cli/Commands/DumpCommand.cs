using System.CommandLine;
using System.Text;
using PageCleaner.Cli.Inputs;
using PageCleaner.Cli.Output;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// <c>pagecleaner dump PAGE... -o DIR</c>: the visible text of each page, one block per line, as a scraper writes it
/// (no classification). Used to make text-dump versions of test sets, to measure cleaning on dumps. With
/// <c>--labeled</c>, annotated pages (<c>data-pc-label</c>, training form 1) become labeled dumps (form 2) carrying
/// their annotations, so that pages labeled once also train the model on text without markup.
/// </summary>
internal static class DumpCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of pages.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the dumps (same relative paths, extension .txt).", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace dumps that already exist." };
        var labeled = new Option<bool>("--labeled")
        {
            Description = "Write labeled dumps (*.labeled.txt, c|/b|/s| before each line) from the pages' data-pc-label annotations (text with no labeled ancestor is boilerplate).",
        };
        var command = new Command("dump", "Write the visible text of pages, one block per line, as scrapers dump it.") { inputs, output, overwrite, labeled };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(output)!, parse.GetValue(overwrite), parse.GetValue(labeled), io));
        return command;
    }

    private static int Run(IReadOnlyList<string> inputs, string output, bool overwrite, bool labeled, ConsoleStreams io)
    {
        var (items, problems) = InputCollector.Collect(inputs, io);
        foreach (string p in problems) io.Error.WriteLine("pagecleaner: " + p);
        var inputPaths = items.Where(i => i.FullPath is not null).Select(i => i.FullPath!).ToHashSet(StringComparer.Ordinal);
        int written = 0, failed = problems.Count;
        foreach (InputItem item in items.Where(i => i.FullPath is not null))
        {
            string target = Path.Combine(io.Resolve(output), Path.ChangeExtension(item.Relative, labeled ? LabeledTextDump.Extension : ".txt"));
            try
            {
                if (inputPaths.Contains(target)) throw new PageCleanerException($"the dump would overwrite an input ({target})");
                if (File.Exists(target) && !overwrite) continue;
                var page = PageReader.Read(File.ReadAllBytes(item.FullPath!), CleanerOptions.Default, readAnnotations: labeled);
                AtomicFile.Write(target, Encoding.UTF8.GetBytes(VisibleTextDump.Render(page, labeled)));
                written++;
            }
            catch (Exception e) when (e is PageCleanerException or IOException or UnauthorizedAccessException)
            {
                failed++;
                io.Error.WriteLine($"pagecleaner: {item.Display}: {e.Message}");
            }
        }
        io.Error.WriteLine($"pagecleaner: wrote {written} dumps, {failed} failed");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
