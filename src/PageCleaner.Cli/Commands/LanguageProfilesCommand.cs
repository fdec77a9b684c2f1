using System.CommandLine;
using System.Globalization;
using System.Text;
using PageCleaner.Cli.Output;
using PageCleaner.Language;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner language-profiles</c>: rebuild the language identifier's n-gram profiles from texts.</summary>
internal static class LanguageProfilesCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var texts = new Option<string>("--texts")
        {
            Description = "Folder of training texts, one UTF-8 file per language named by its code (en.txt, pt.txt, sr.txt).",
            DefaultValueFactory = _ => Path.Combine("tools", "language-texts", "train"),
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the profiles, atomically.",
            DefaultValueFactory = _ => DefaultProfiles.RepositoryPath,
        };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the profiles file if it exists (by default it is kept)." };
        var size = new Option<int>("--size")
        {
            Description = "N-grams kept per language.",
            DefaultValueFactory = _ => ProfileTrainer.DefaultSize,
        };
        var test = new Option<string?>("--test")
        {
            Description = "Also measure the new profiles on a folder of test texts (code.txt, texts separated by blank lines) and print the accuracy.",
        };
        var command = new Command("language-profiles", "Build the language identifier's character n-gram profiles from training texts.")
        {
            texts, output, overwrite, size, test,
        };
        command.SetAction(parse => Run(parse.GetValue(texts)!, parse.GetValue(output)!, parse.GetValue(overwrite), parse.GetValue(size), parse.GetValue(test), io));
        return command;
    }

    private static int Run(string textsFolder, string outFile, bool overwrite, int size, string? testFolder, ConsoleStreams io)
    {
        if (size is < 10 or > 5000)
        {
            io.Error.WriteLine($"pagecleaner: --size {size.ToString(CultureInfo.InvariantCulture)}: use 10 to 5000");
            return ExitCodes.Usage;
        }
        string folder = io.Resolve(textsFolder);
        string target = io.Resolve(outFile);
        List<LanguageTrainingText> training = LanguageTextFolder.ReadTraining(folder, textsFolder);
        if (string.Equals(Path.GetDirectoryName(target), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
            && target.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            io.Error.WriteLine($"pagecleaner: {outFile}: would overwrite a training text; write the profiles elsewhere");
            return ExitCodes.SomeFailed;
        }
        if (ExistingOutput.Refused(target, outFile, overwrite, io.Error)) return ExitCodes.SomeFailed;
        LanguageProfileSet profiles = ProfileTrainer.Train(training, size);
        byte[] bytes = new UTF8Encoding(false).GetBytes(profiles.ToText());
        AtomicFile.Write(target, bytes, replace: overwrite);
        io.Error.WriteLine($"pagecleaner: wrote {outFile} ({profiles.Profiles.Count} languages, {size} n-grams each, {bytes.Length / 1024.0:0.0} KiB)");

        if (testFolder is not null)
        {
            List<LanguageTrainingText> tests = LanguageTextFolder.ReadTests(io.Resolve(testFolder), testFolder);
            var accuracy = LanguageAccuracy.Measure(new NgramLanguageIdentifier(profiles), tests);
            var report = new StringBuilder(accuracy.ToTable());
            foreach (var (source, expected, given) in accuracy.Errors) report.Append(CultureInfo.InvariantCulture, $"wrong: {source}: {expected} named {given}\n");
            io.Output.Write(Encoding.UTF8.GetBytes(report.ToString()));
            io.Output.Flush();
        }
        return ExitCodes.Success;
    }
}
