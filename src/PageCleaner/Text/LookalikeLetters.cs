namespace PageCleaner.Text;

/// <summary>The three alphabets whose letters are swapped for one another, and which of their letters look alike.</summary>
internal static class LookalikeLetters
{
    public const int Latin = 0, Cyrillic = 1, Greek = 2, None = -1;

    // Cyrillic and Greek letters drawn like a Latin letter, each with that letter (its shape).
    private const string CyrillicLetters = "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХІЈЅҮ";
    private const string CyrillicShapes = "aeopcyxijsdqwhlABEKMHOPCTXIJSY";
    private const string GreekLetters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρ";
    private const string GreekShapes = "ABEZHIKMNOPTYXovp";

    /// <summary>Which alphabet <paramref name="c"/> belongs to (<see cref="None"/> for other letters).</summary>
    public static int ScriptOf(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Latin,
        >= '\u00C0' and <= '\u024F' when c is not ('\u00D7' or '\u00F7') => Latin,
        >= '\u1E00' and <= '\u1EFF' => Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Greek,
        >= '\u0400' and <= '\u052F' => Cyrillic,
        _ => None,
    };

    /// <summary>Whether <paramref name="c"/> looks like a letter of alphabet <paramref name="script"/>.</summary>
    public static bool LooksLike(char c, int script)
    {
        char shape = ShapeOf(c);
        if (shape == '\0') return false;
        return script switch
        {
            Latin => true,
            Cyrillic => CyrillicShapes.Contains(shape, StringComparison.Ordinal),
            Greek => GreekShapes.Contains(shape, StringComparison.Ordinal),
            _ => false,
        };
    }

    // The Latin letter a letter is drawn like; '\0' when it has no twin in the other alphabets.
    private static char ShapeOf(char c)
    {
        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            return CyrillicShapes.Contains(c, StringComparison.Ordinal) || GreekShapes.Contains(c, StringComparison.Ordinal) ? c : '\0';
        int i = CyrillicLetters.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0) return CyrillicShapes[i];
        i = GreekLetters.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? GreekShapes[i] : '\0';
    }
}
