namespace PageCleaner.Text;

/// <summary>The names of obfuscation kinds in output and messages: <c>pinyin</c>, <c>zero-width</c>, <c>homoglyphs</c>.</summary>
public static class ObfuscationKindNames
{
    /// <summary>The names of the kinds set in <paramref name="kinds"/>, in that fixed order.</summary>
    public static IReadOnlyList<string> Of(ObfuscationKinds kinds)
    {
        var names = new List<string>(3);
        if ((kinds & ObfuscationKinds.Pinyin) != 0) names.Add("pinyin");
        if ((kinds & ObfuscationKinds.ZeroWidth) != 0) names.Add("zero-width");
        if ((kinds & ObfuscationKinds.Homoglyphs) != 0) names.Add("homoglyphs");
        return names;
    }

    /// <summary>A one-line description of a report, e.g. <c>pinyin annotations 351, zero-width 0, homoglyphs 0</c>.</summary>
    public static string Describe(ObfuscationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FormattableString.Invariant($"pinyin annotations {report.PinyinAnnotations}, zero-width {report.ZeroWidth}, homoglyphs {report.Homoglyphs}");
    }
}
