using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>Small pages of our own to inject into.</summary>
internal static class TestPages
{
    public const string P1 = "The harbour council voted on Tuesday to rebuild the old stone pier before the winter storms arrive.";
    public const string P2 = "Engineers said the work would take eleven weeks and that ferries would use the northern dock meanwhile.";
    public const string P3 = "Fishermen welcomed the plan but asked for a second crane so that catches can be landed faster.";
    public const string P4 = "The council will publish the full budget for the repairs at its next monthly meeting in the town hall.";

    public static string Truth => string.Join("\n\n", P1, P2, P3, P4);

    public static string Html => $"""
        <!DOCTYPE html>
        <html>
        <head><title>Pier to be rebuilt</title>
        <style>body{"{"}margin:0{"}"}</style>
        </head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <div class="main"><article id="story"><h1>Pier to be rebuilt</h1>
        <p>{P1}</p>
        <p>{P2}</p>
        <p>{P3}</p>
        <p>{P4}</p>
        </article>
        <aside><h3>Most read</h3><ul><li><a href="/a">Lighthouse repainted</a></li><li><a href="/b">New bus timetable</a></li></ul></aside></div>
        <footer>Copyright 2026 Harbour Gazette</footer>
        </body>
        </html>
        """;

    public static string Dump => string.Join('\n', "Home", "News", "Sport", "Pier to be rebuilt", P1, P2, P3, P4, "Most read", "Lighthouse repainted", "Copyright 2026 Harbour Gazette") + "\n";

    public static SpamBlock Block(int seed = 3) => new SpamBlockMaker(SpamPool.Embedded, SpamHalf.Eval).Make("en", new Random(seed));
}
