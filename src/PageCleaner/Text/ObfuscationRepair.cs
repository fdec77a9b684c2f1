using System.Text;

namespace PageCleaner.Text;

/// <summary>
/// Takes content-farm marks out of a text: pinyin annotations after Han characters and zero-width characters inside
/// words, exactly the ones <see cref="ObfuscationScanner"/> counts. Nothing else changes: homoglyphs are reported, not
/// replaced (the right letter is a guess), and a text without marks comes back as the same string.
/// </summary>
public static class ObfuscationRepair
{
    /// <summary>
    /// <paramref name="text"/> without the marks of the <paramref name="kinds"/> asked for
    /// (<see cref="ObfuscationKinds.Pinyin"/>, <see cref="ObfuscationKinds.ZeroWidth"/>; <see cref="ObfuscationKinds.Homoglyphs"/> is ignored).
    /// </summary>
    public static string Repair(string text, ObfuscationKinds kinds = ObfuscationKinds.Pinyin | ObfuscationKinds.ZeroWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((kinds & (ObfuscationKinds.Pinyin | ObfuscationKinds.ZeroWidth)) == 0) return text;
        var marks = new List<ObfuscationMark>();
        var counts = default(ObfuscationCounts);
        ObfuscationMarks.Scan(text, ref counts, marks);
        StringBuilder? sb = null;
        int copied = 0;
        // Marks come in text order and never overlap.
        foreach (ObfuscationMark mark in marks)
        {
            if (!Removes(kinds, mark.Kind) || mark.Start < copied) continue;
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, mark.Start - copied);
            copied = mark.Start + mark.Length;
        }
        if (sb is null) return text;
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static bool Removes(ObfuscationKinds kinds, ObfuscationMarkKind mark) => mark switch
    {
        ObfuscationMarkKind.Pinyin => (kinds & ObfuscationKinds.Pinyin) != 0,
        ObfuscationMarkKind.ZeroWidth => (kinds & ObfuscationKinds.ZeroWidth) != 0,
        _ => false,
    };
}
