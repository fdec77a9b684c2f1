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

        var repair = new Option<bool>("--repair") { Description = "Take content-farm marks out of the clean text: pinyin annotations after Han characters (when the page is flagged for them) and zero-width characters inside words; nothing else changes." };

        var contentThreshold = new Option<float?>("--content-threshold") { Description = "Keep as content the blocks whose content probability is at least this, on every page (default: a cut chosen page by page for the best expected F1 of its text, at most 0.5). Higher values trade recall for precision." };
        OptionValidation.Probability(contentThreshold);

        var maxNesting = DepthOption("--max-nesting-depth", "Flatten HTML nested deeper than this many elements before parsing (the text stays).", CleanerOptions.Default.MaxNestingDepth);
        var maxBlockDepth = DepthOption("--max-block-depth", "Read block-level elements nested deeper than this as part of their ancestor's block.", CleanerOptions.Default.MaxBlockDepth);

        var jsonl = new Option<bool>("--jsonl") { Description = "Inputs are streams of records: JSONL (each record keeps its fields and gains clean_text, spam, ...) or WARC files (HTML responses cleaned into JSONL). Folders are searched for *.jsonl, *.ndjson, *.warc and their .gz forms." };
        var blocks = new Option<bool>("--blocks") { Description = "With --jsonl: add a blocks array (every block's label, score and text) to each record." };
        var htmlField = new Option<string>("--html-field") { Description = "With --jsonl: the record field holding a page's HTML.", DefaultValueFactory = _ => "html" };
        var textField = new Option<string>("--text-field") { Description = "With --jsonl: the record field holding a text dump, used when the record has no HTML string.", DefaultValueFactory = _ => "text" };
        var fieldPrefix = new Option<string>("--field-prefix") { Description = "With --jsonl: put this in front of the names of the added fields (e.g. pc_), for records that already have fields of those names.", DefaultValueFactory = _ => "" };
        foreach (Option<string> field in new[] { htmlField, textField })
        {
            field.Validators.Add(r =>
            {
                if (string.IsNullOrEmpty(r.GetValueOrDefault<string>())) r.AddError($"{field.Name} must not be empty");
            });
        }

        var command = new Command("clean", "Clean pages: keep the article, drop boilerplate and spam.")
        {
            inputs, output, format, input, threads, model, overwrite, maxPage, maxSeconds, maxNesting, maxBlockDepth, repair, contentThreshold, jsonl, blocks, htmlField, textField, fieldPrefix,
        };
        command.Validators.Add(r =>
        {
            bool records = IsRecordMode(r.GetValue(jsonl), r.GetValue(inputs));
            if (records)
            {
                foreach (Option pageOnly in new Option[] { format, input })
                {
                    if (r.GetResult(pageOnly) is { Implicit: false }) r.AddError($"{pageOnly.Name} does not apply to --jsonl (each record says how it is read: its {r.GetValue(htmlField)} or {r.GetValue(textField)} field)");
                }
                return;
            }
            foreach (Option recordOnly in new Option[] { blocks, htmlField, textField, fieldPrefix })
            {
                if (r.GetResult(recordOnly) is { Implicit: false }) r.AddError($"{recordOnly.Name} applies to --jsonl only");
            }
            if ((r.GetValue(inputs) ?? []).Any(JsonlInputs.IsWarcName)) r.AddError("WARC files are cleaned into JSONL: add --jsonl (and clean pages in a separate run)");
        });
        command.SetAction((parse, cancellation) =>
        {
            var limits = new PageLimits(parse.GetValue(maxPage), parse.GetValue(maxSeconds), parse.GetValue(maxNesting), parse.GetValue(maxBlockDepth));
            if (IsRecordMode(parse.GetValue(jsonl), parse.GetValue(inputs)))
            {
                var records = new JsonlSettings(
                    parse.GetValue(inputs) ?? [],
                    parse.GetValue(output),
                    parse.GetValue(threads),
                    parse.GetValue(model),
                    parse.GetValue(overwrite),
                    limits,
                    parse.GetValue(htmlField)!,
                    parse.GetValue(textField)!,
                    parse.GetValue(fieldPrefix) ?? "",
                    parse.GetValue(blocks),
                    parse.GetValue(repair),
                    parse.GetValue(contentThreshold));
                return new JsonlRunner(records, io).RunAsync(cancellation);
            }
            var settings = new CleanSettings(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(output),
                Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
                Enum.Parse<InputKind>(parse.GetValue(input)!, ignoreCase: true),
                parse.GetValue(threads),
                parse.GetValue(model),
                parse.GetValue(overwrite),
                limits,
                parse.GetValue(repair),
                parse.GetValue(contentThreshold));
            return Task.FromResult(new CleanRunner(settings, io).Run(cancellation));
        });
        return command;
    }

    private static Option<int> DepthOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = $"{description} Default {defaultValue}.", DefaultValueFactory = _ => defaultValue };
        OptionValidation.AtLeast(option, 1);
        return option;
    }

    // --jsonl, or inputs that are all WARC files by name (their output can only be JSONL).
    private static bool IsRecordMode(bool jsonl, string[]? inputs) =>
        jsonl || (inputs is { Length: > 0 } && inputs.All(JsonlInputs.IsWarcName));
}
