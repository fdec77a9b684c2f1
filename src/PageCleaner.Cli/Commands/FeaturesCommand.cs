using System.CommandLine;
using System.Text;
using PageCleaner.Features;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner features</c>: the feature list as Markdown (docs/features.md is its output).</summary>
internal static class FeaturesCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var command = new Command("features", "Print every feature the classifier sees, with its meaning, as Markdown.");
        command.SetAction(_ =>
        {
            io.Output.Write(Encoding.UTF8.GetBytes(FeatureDocumentation.ToMarkdown(FeatureExtractor.Default.StackedSchema)));
            io.Output.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
