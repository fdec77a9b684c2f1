using PageCleaner.CorpusGenerator;
using PageCleaner.CorpusGenerator.Output;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;

if (args.Length == 1 && args[0] is "--help" or "-h")
{
    Console.WriteLine(GeneratorArguments.Usage);
    return 0;
}

GeneratorArguments arguments;
try
{
    arguments = GeneratorArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("corpus-generator: " + e.Message);
    Console.Error.WriteLine(GeneratorArguments.Usage);
    return 2;
}

try
{
    PartsLibrary parts = PartsLibrary.Load(arguments.Parts);
    var settings = new GeneratorSettings(arguments.Seed, arguments.Pages, arguments.Dumps, arguments.SplitPrefix);
    List<GeneratedFile> files = CorpusBuilder.Build(parts, settings);
    bool written = CorpusWriter.Write(arguments.Out, files, arguments.Overwrite);
    long bytes = files.Sum(f => (long)f.Bytes.Length);
    Console.Error.WriteLine(written
        ? $"corpus-generator: wrote {arguments.Pages} pages and {arguments.Dumps} dumps ({bytes / 1024.0 / 1024.0:0.0} MB) to {arguments.Out}"
        : $"corpus-generator: {arguments.Out} already holds exactly this corpus; nothing written");
    return 0;
}
catch (Exception e) when (e is PartsException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("corpus-generator: " + e.Message);
    return 1;
}
