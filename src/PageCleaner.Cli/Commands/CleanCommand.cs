using System.CommandLine;
using System.Globalization;
using PageCleaner.Cli.Output;
using PageCleaner.Documents;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner clean</c>: pages in, clean text (or Markdown, or JSON with every block's verdict) out.</summary>
internal static class CleanCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (searched recursively for *.html, *.htm, *.txt) or - for standard input; none means standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        inputs.Validators.Add(r =>
        {
            // Fix: the inputs argument takes any token, so an unknown option ("--bogus") was read as a missing file
            // (exit 1) instead of being a usage error (exit 2). A file whose name starts with '-' can be given as ./-name.
            foreach (var token in r.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-') r.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write each result to the same relative path under this folder, with extension .txt, .md or .json." };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown or json (json: one object per line per page).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var input = new Option<string>("--input") { Description = "How to read pages: auto (detect), html or text.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "html", "text");
        var threads = new Option<int>("--threads", "-t") { Description = "Pages cleaned at once (default: all cores). Output is the same whatever the number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        threads.Validators.Add(r =>
        {
            // Fix: GetValueOrDefault throws on a value that is not a number ("--threads many"), which crashed with a
            // stack trace; such a value is left to the parser, which reports it as a usage error.
            if (r.Tokens.Count > 0 && !int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return;
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1");
        });
        var model = new Option<string?>("--model", "-m") { Description = "A model file written by 'pagecleaner train' (default: the model built in)." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace result files that already exist under --output (by default they are kept and the page is skipped)." };
        var maxPage = new Option<double>("--max-page-mb") { Description = "Refuse pages larger than this many MiB.", DefaultValueFactory = _ => 20 };
        maxPage.Validators.Add(r =>
        {
            // Fix: as for --threads, a value that is not a number is left to the parser instead of throwing here.
            if (r.Tokens.Count > 0 && !double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
            if (r.GetValueOrDefault<double>() <= 0) r.AddError("--max-page-mb must be positive");
        });

        var maxSeconds = new Option<double>("--max-seconds-per-page") { Description = "Refuse a page that takes longer than this many seconds (0: no limit).", DefaultValueFactory = _ => CleanerOptions.Default.MaxTimePerPage.TotalSeconds };
        maxSeconds.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
            if (r.GetValueOrDefault<double>() < 0) r.AddError("--max-seconds-per-page must not be negative");
        });

        var command = new Command("clean", "Clean pages: keep the article, drop boilerplate and spam.")
        {
            inputs, output, format, input, threads, model, overwrite, maxPage, maxSeconds,
        };
        command.SetAction((parse, cancellation) =>
        {
            var settings = new CleanSettings(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(output),
                Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
                Enum.Parse<InputKind>(parse.GetValue(input)!, ignoreCase: true),
                parse.GetValue(threads),
                parse.GetValue(model),
                parse.GetValue(overwrite),
                parse.GetValue(maxPage),
                parse.GetValue(maxSeconds));
            return Task.FromResult(new CleanRunner(settings, io).Run(cancellation));
        });
        return command;
    }
}
