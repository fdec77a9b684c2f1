using System.CommandLine;
using System.Globalization;
using PageCleaner.Documents;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// <c>pagecleaner label</c>: pages in, the model's labels out in the two forms training reads (annotated HTML that
/// opens in a browser in three colours, and a labeled text dump), for a person to correct and train on.
/// </summary>
internal static class LabelCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var pages = new Argument<string[]>("pages")
        {
            Description = "Files or folders (searched recursively for *.html, *.htm, *.txt); - for standard input. A *.labeled.txt dump is labeled afresh.",
            Arity = ArgumentArity.OneOrMore,
        };
        pages.Validators.Add(r =>
        {
            // As in clean: an unknown option must be a usage error, not a missing file.
            foreach (var token in r.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-') r.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the results: NAME.html (annotated HTML, for HTML pages) and NAME.labeled.txt (labeled text dump) at each input's relative path.",
            Required = true,
        };
        var input = new Option<string>("--input") { Description = "How to read pages: auto (detect), html or text.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "html", "text");
        var model = new Option<string?>("--model", "-m") { Description = "A model file written by 'pagecleaner train' (default: the model built in)." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace result files that already exist (by default they are kept)." };
        var threads = new Option<int>("--threads", "-t") { Description = "Pages labeled at once (default: all cores). Output is the same whatever the number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        threads.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return;
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1");
        });
        var maxPage = new Option<double>("--max-page-mb") { Description = "Refuse pages larger than this many MiB.", DefaultValueFactory = _ => 20 };
        maxPage.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
            if (r.GetValueOrDefault<double>() <= 0) r.AddError("--max-page-mb must be positive");
        });

        var command = new Command("label", "Write pages with the model's labels, as annotated HTML and labeled text dumps to correct and train on.")
        {
            pages, output, input, model, overwrite, threads, maxPage,
        };
        command.SetAction((parse, cancellation) =>
        {
            var settings = new LabelSettings(
                parse.GetValue(pages) ?? [],
                parse.GetValue(output)!,
                Enum.Parse<InputKind>(parse.GetValue(input)!, ignoreCase: true),
                parse.GetValue(threads),
                parse.GetValue(model),
                parse.GetValue(overwrite),
                parse.GetValue(maxPage));
            return Task.FromResult(new LabelRunner(settings, io).Run(cancellation));
        });
        return command;
    }
}
