using System.Text;
using PageCleaner.Cli.Inputs;
using PageCleaner.Cli.Output;
using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// Labels one input and writes its files: <c>NAME.html</c> (annotated HTML, for HTML pages) and
/// <c>NAME.labeled.txt</c> (labeled dump), then reads each written file back through the training reader to confirm it
/// carries the labels it was written with. Safe to call from many threads.
/// </summary>
internal sealed class LabelProcessor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Cleaner _cleaner;
    private readonly LabelSettings _settings;
    private readonly string _outputRoot;
    private readonly HashSet<string> _inputPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputItem> _firstForTarget = new(StringComparer.Ordinal);
    private readonly InputBytesReader _reader;

    public LabelProcessor(Cleaner cleaner, LabelSettings settings, ConsoleStreams io, IReadOnlyList<InputItem> items)
    {
        _cleaner = cleaner;
        _settings = settings;
        _reader = new InputBytesReader(io.Input, cleaner.Options.MaxPageBytes);
        _outputRoot = io.Resolve(settings.OutputDirectory);
        foreach (InputItem item in items)
        {
            if (item.FullPath is not null) _inputPaths.Add(item.FullPath);
        }
        // As in clean: when two inputs map to one file (page.htm and page.html), the first in order owns it.
        foreach (InputItem item in items)
        {
            foreach (string target in PossibleTargets(item)) _firstForTarget.TryAdd(target, item);
        }
    }

    /// <summary>
    /// The two files of an input, under the output folder at its relative path: its name with <c>.html</c> and with
    /// <c>.labeled.txt</c> in place of its extension (a labeled dump given again keeps its name).
    /// </summary>
    public static (string Html, string Dump) TargetsOf(string outputRoot, string relative)
    {
        string stem = IsLabeledDumpName(relative)
            ? relative[..^LabeledTextDump.Extension.Length]
            : Path.Combine(Path.GetDirectoryName(relative) ?? "", Path.GetFileNameWithoutExtension(relative));
        return (Path.Combine(outputRoot, stem + ".html"), Path.Combine(outputRoot, stem + LabeledTextDump.Extension));
    }

    public LabelOutcome Process(InputItem item)
    {
        try
        {
            var (htmlPath, dumpPath) = TargetsOf(_outputRoot, item.Relative);
            foreach (string target in PossibleTargets(item))
            {
                if (_inputPaths.Contains(target)) return LabelOutcome.Failure(item, $"the result would overwrite an input ({target}); choose another --output folder");
                if (_firstForTarget.TryGetValue(target, out InputItem? owner) && !ReferenceEquals(owner, item))
                    return LabelOutcome.Failure(item, $"the result would go to the same file as the result of {owner.Display} ({target})");
            }
            byte[] bytes = _reader.Read(item);
            LoadedPage page = IsLabeledDump(item) ? PageLabeler.LoadDump(_cleaner, StripLabels(bytes, item)) : PageLabeler.Load(_cleaner, bytes);
            var targets = new List<LabelFile>(2);
            if (page.Html is not null) targets.Add(new LabelFile(htmlPath, Html: true));
            targets.Add(new LabelFile(dumpPath, Html: false));
            List<LabelFile> toWrite = targets.FindAll(t => _settings.Overwrite || !File.Exists(t.Path));
            int kept = targets.Count - toWrite.Count;
            if (toWrite.Count == 0) return new LabelOutcome(item, null, null, [], kept, []);

            LabeledPageFiles files = PageLabeler.Label(_cleaner, page, item.Display);
            var mismatches = new List<string>();
            foreach (LabelFile file in toWrite)
            {
                AtomicFile.Write(file.Path, file.Html ? files.AnnotatedHtml! : files.LabeledDump);
                if (ReadBack(file, files.Result) is string problem) mismatches.Add(problem);
            }
            return new LabelOutcome(item, null, files.Result, toWrite, kept, mismatches);
        }
        catch (PageCleanerException e)
        {
            return LabelOutcome.Failure(item, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LabelOutcome.Failure(item, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not take the other inputs down or print a stack trace.
            return LabelOutcome.Failure(item, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this page");
        }
    }

    private IEnumerable<string> PossibleTargets(InputItem item)
    {
        var (html, dump) = TargetsOf(_outputRoot, item.Relative);
        // Only HTML pages give an .html file; with --input text no page is read as HTML.
        if (_settings.Input != InputKind.Text && !IsLabeledDump(item)) yield return html;
        yield return dump;
    }

    // The file as training will read it must give the blocks and labels it was written from.
    private static string? ReadBack(LabelFile file, CleanResult result)
    {
        var sample = new SampleFile(file.Path, Path.GetFileName(file.Path), file.Html ? SampleKind.AnnotatedHtml : SampleKind.LabeledDump, null, HeldOut: false);
        try
        {
            LabeledPage page = SampleLoader.Load(sample, CleanerOptions.Default).Single();
            var expected = file.Html ? AnnotationCheck.Blocks(result.Blocks) : AnnotationCheck.Lines(result.Blocks);
            return AnnotationCheck.Compare(expected, page.Page) is string difference ? $"{file.Path}: {difference}" : null;
        }
        catch (PageCleanerException e)
        {
            return $"{file.Path}: {e.Message}";
        }
    }

    private bool IsLabeledDump(InputItem item) => _settings.Input != InputKind.Html && IsLabeledDumpName(item.Relative);

    private static bool IsLabeledDumpName(string name) => name.EndsWith(LabeledTextDump.Extension, StringComparison.OrdinalIgnoreCase);

    // A labeled dump given as input is labeled afresh: its old labels are taken off first.
    private static string StripLabels(byte[] bytes, InputItem item)
    {
        string content;
        try
        {
            content = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PageRejectedException("a labeled dump must be UTF-8");
        }
        return LabeledTextDump.Parse(content, item.Display).Text;
    }
}
