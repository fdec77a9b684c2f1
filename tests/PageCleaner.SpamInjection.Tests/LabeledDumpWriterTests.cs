using PageCleaner.Learning.Training;
using PageCleaner.SpamInjection.Augmentation;

namespace PageCleaner.SpamInjection.Tests;

public sealed class LabeledDumpWriterTests
{
    private const string Body = "The harbour board approved the plan to rebuild the old pier before the summer season.";
    private const string Half = "The board also met the fishermen. Tickets for the open day sell out quickly every year.";

    [Fact]
    public void Lines_alignment_cannot_decide_are_left_out_and_the_rest_read_back_with_their_labels()
    {
        // The third line is half in the expected text: neither content nor boilerplate.
        string labeled = LabeledDumpWriter.Label($"Home\n{Body}\n{Half}\nCopyright 2026\n", [], $"{Body}\nThe board also met the fishermen.");
        Assert.Equal($"b|Home\nc|{Body}\nb|Copyright 2026\n", labeled);
        var (text, labels) = LabeledTextDump.Parse(labeled, "x");
        Assert.Equal($"Home\n{Body}\nCopyright 2026\n", text);
        Assert.Equal([BlockLabel.Boilerplate, BlockLabel.Content, BlockLabel.Boilerplate], labels);
    }
}
