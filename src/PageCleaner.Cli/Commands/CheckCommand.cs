using System.CommandLine;
using System.Globalization;
using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner check</c>: a pre-commit style gate over repositories of scraped pages.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "HTML pages, text dumps and JSONL files, or folders to search; none means the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        files.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-') r.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
            }
        });
        var failOn = new Option<string?>("--fail-on") { Description = "spam (default): fail on spam blocks; boilerplate: fail on boilerplate or spam blocks (for text that should already be clean); obfuscated: fail on spam blocks and on obfuscated pages (content-farm pinyin, zero-width characters, homoglyphs), which are otherwise only noted." };
        failOn.AcceptOnlyFromAmong("spam", "boilerplate", "obfuscated");
        var minScore = new Option<double?>("--min-score") { Description = "Count a block only when the probability of its label is at least this (0 to 1; default 0.5)." };
        minScore.Validators.Add(r =>
        {
            // A value that is not a number is left to the parser, which reports it as a usage error.
            if (r.Tokens.Count == 0 || !double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return;
            if (v is < 0 or > 1 || double.IsNaN(v)) r.AddError("--min-score must be from 0 to 1");
        });
        var config = new Option<string?>("--config", "-c") { Description = $"Use this config for every file instead of the nearest {CheckConfig.FileName} above each file." };
        var fix = new Option<bool>("--fix") { Description = "Write text dumps and JSONL text fields back without the flagged lines (HTML is not edited); exits 1 so the change is reviewed." };

        var command = new Command("check", "Check pages for spam (or boilerplate, or obfuscation): one line per finding, exit 1 when the policy fails.")
        {
            files, failOn, minScore, config, fix,
        };
        command.SetAction((parse, cancellation) =>
        {
            string? policy = parse.GetValue(failOn);
            var settings = new CheckSettings(
                parse.GetValue(files) ?? [],
                policy switch
                {
                    null => null,
                    "boilerplate" => FailOn.Boilerplate,
                    "obfuscated" => FailOn.Obfuscated,
                    _ => FailOn.Spam,
                },
                parse.GetValue(minScore),
                parse.GetValue(config),
                parse.GetValue(fix));
            return Task.FromResult(new CheckRunner(settings, io).Run(cancellation));
        });
        return command;
    }
}
