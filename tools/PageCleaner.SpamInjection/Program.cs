using PageCleaner;
using PageCleaner.Learning.Persistence;
using PageCleaner.SpamInjection;

const string Usage = "usage: PageCleaner.SpamInjection evaluate ... | augment ...  (--help after a command for its options)";
if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine(Usage + "\n\n" + EvaluateArguments.Usage + "\n" + AugmentArguments.Usage);
    return 0;
}
try
{
    string[] rest = args[1..];
    switch (args[0])
    {
        case "evaluate":
            if (rest is ["--help"] or ["-h"]) { Console.WriteLine(EvaluateArguments.Usage); return 0; }
            return EvaluateCommand.Run(EvaluateArguments.Parse(rest));
        case "augment":
            if (rest is ["--help"] or ["-h"]) { Console.WriteLine(AugmentArguments.Usage); return 0; }
            return AugmentCommand.Run(AugmentArguments.Parse(rest));
        default:
            throw new ArgumentException($"unknown command '{args[0]}' ({Usage})");
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("spam-injection: " + e.Message);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or PageCleanerException or ModelFormatException)
{
    Console.Error.WriteLine("spam-injection: " + e.Message);
    return 1;
}
