using System.Text;
using PageCleaner.Features;
using PageCleaner.Features.Spam;
using PageCleaner.Language;
using PageCleaner.Segmentation;

namespace PageCleaner;

/// <summary>
/// Shortens the wait for the first page: while one thread reads the model, another builds the tables every page
/// needs (language profiles, spam and cue vocabularies) and takes a tiny page through reading, segmentation and
/// features, so that the runtime has compiled that code by the time the first real page gets there. Each table is
/// built once, by whichever thread comes first; nothing here changes any result. Skipped on a single core.
/// </summary>
internal static class StartupWarmUp
{
    private const string SamplePage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Warm-up page</title>" +
        "<style>.hidden{display:none} nav a{color:red}</style></head><body>" +
        "<nav class=\"menu\"><a href=\"/\">Home</a> | <a href=\"https://example.com/about\">About us</a></nav>" +
        "<article id=\"main-content\"><h1>A short article</h1><p class=\"byline\">Posted by an editor, 4 December 2026</p>" +
        "<p>This paragraph has a few sentences, some commas, and a link to <a href=\"/more\">another story</a>. It ends here.</p>" +
        "<p>Un paragraphe en français, pour que la langue soit comparée. 这是一段中文文字，用来检测语言。</p>" +
        "<ul><li>One item</li><li>Another item</li></ul><div class=\"hidden\">Hidden text</div></article>" +
        "<footer>Copyright 2026, all rights reserved.</footer></body></html>";

    private static int _started;

    /// <summary>Starts the warm-up once per process, on a background thread.</summary>
    public static void Start()
    {
        if (Environment.ProcessorCount < 2 || Interlocked.Exchange(ref _started, 1) != 0) return;
        new Thread(Run) { IsBackground = true, Name = "PageCleaner warm-up" }.Start();
    }

    private static void Run()
    {
        try
        {
            _ = NgramLanguageIdentifier.Default;
            SpamVocabulary.Scan("warm-up");
            CueVocabulary.Match("warm-up");
            SegmentedPage page = PageReader.Read(Encoding.UTF8.GetBytes(SamplePage), CleanerOptions.Default);
            FeatureExtractor.Default.Extract(page);
        }
#pragma warning disable CA1031 // Whatever fails here fails again, with its own error, where a page needs it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
