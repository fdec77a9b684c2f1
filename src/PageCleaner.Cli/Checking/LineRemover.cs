namespace PageCleaner.Cli.Checking;

/// <summary>
/// Removes whole lines, numbered as the text-dump reader numbers them (split at <c>\r\n</c>, <c>\n</c> and <c>\r</c>,
/// 1-based), keeping every other byte or character as it was: line ends, indentation, encoding. Works on the raw
/// bytes of any encoding in which CR and LF bytes only ever stand for CR and LF (UTF-8, GB18030, Big5, Shift_JIS,
/// EUC-KR, the windows code pages), not on UTF-16 or UTF-32.
/// </summary>
internal static class LineRemover
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static byte[] Remove(ReadOnlySpan<byte> bytes, IReadOnlySet<int> lines)
    {
        var output = new List<byte>(bytes.Length);
        // A byte order mark belongs to the file, not to line 1: it stays when line 1 goes.
        int start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (start > 0) output.AddRange(Utf8Bom);
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b != (byte)'\n' && b != (byte)'\r') continue;
            if (b == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n') i++;
            if (!lines.Contains(line)) output.AddRange(bytes[lineStart..(i + 1)]);
            line++;
            lineStart = i + 1;
        }
        if (lineStart < bytes.Length && !lines.Contains(line)) output.AddRange(bytes[lineStart..]);
        return [.. output];
    }

    public static string Remove(string text, IReadOnlySet<int> lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new System.Text.StringBuilder(text.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (!lines.Contains(line)) output.Append(text, lineStart, i + 1 - lineStart);
            line++;
            lineStart = i + 1;
        }
        if (lineStart < text.Length && !lines.Contains(line)) output.Append(text, lineStart, text.Length - lineStart);
        return output.ToString();
    }
}
