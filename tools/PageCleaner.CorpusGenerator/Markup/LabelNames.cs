namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>How labels are spelled in <c>data-pc-label</c> attributes and dump prefixes.</summary>
internal static class LabelNames
{
    public static string Attribute(Label label) => label switch
    {
        Label.Content => "content",
        Label.Spam => "spam",
        _ => "boilerplate",
    };

    public static char Prefix(Label label) => label switch
    {
        Label.Content => 'c',
        Label.Spam => 's',
        _ => 'b',
    };
}
