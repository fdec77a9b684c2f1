using System.Text;
using FsCheck.Xunit;
using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>Removing lines by number as the dump reader numbers them, keeping everything else.</summary>
public sealed class LineRemoverTests
{
    [Theory]
    [InlineData("a\nb\nc\n", new[] { 2 }, "a\nc\n")]
    [InlineData("a\r\nb\r\nc", new[] { 3 }, "a\r\nb\r\n")]
    [InlineData("a\rb\rc\r", new[] { 1, 3 }, "b\r")]
    [InlineData("a\n\r\nb\n", new[] { 2 }, "a\nb\n")] // LF then CRLF: an empty line 2
    [InlineData("a\r\r\nb", new[] { 2 }, "a\rb")] // CR then CRLF: an empty line 2
    [InlineData("a\nb", new[] { 5 }, "a\nb")]
    [InlineData("", new[] { 1 }, "")]
    public void Examples(string text, int[] lines, string expected)
    {
        var set = new HashSet<int>(lines);
        Assert.Equal(expected, LineRemover.Remove(text, set));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), LineRemover.Remove(Encoding.UTF8.GetBytes(text), set));
    }

    [Fact]
    public void A_utf8_byte_order_mark_stays_when_line_1_goes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n', (byte)'y', (byte)'\n'];
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'y', (byte)'\n'], LineRemover.Remove(bytes, new HashSet<int> { 1 }));
    }

    [Fact]
    public void Multibyte_lines_are_kept_byte_for_byte()
    {
        // GB18030 bytes of two Chinese lines and a spam line: trail bytes are never CR or LF.
        byte[] line1 = [0xD0, 0xC2, 0xCE, 0xC5, (byte)'\n'];
        byte[] spam = [(byte)'s', (byte)'p', (byte)'a', (byte)'m', (byte)'\n'];
        byte[] line3 = [0xB1, 0xA8, 0xB5, 0xC0, (byte)'\r', (byte)'\n'];
        Assert.Equal([.. line1, .. line3], LineRemover.Remove([.. line1, .. spam, .. line3], new HashSet<int> { 2 }));
    }

    [Property(MaxTest = 500)]
    public bool Keeps_the_other_lines_with_their_line_ends(char[] pieces, int[] removed)
    {
        // Text over a small alphabet rich in line ends; the oracle splits it into (line, terminator) pairs.
        const string Alphabet = "ab \r\n\n\r";
        var text = new StringBuilder();
        foreach (char c in pieces ?? []) text.Append(Alphabet[c % Alphabet.Length]);
        var set = new HashSet<int>((removed ?? []).Select(n => 1 + (Math.Abs(n % 12))));
        var expected = new StringBuilder();
        int line = 1;
        foreach (string piece in Pieces(text.ToString()))
        {
            if (!set.Contains(line++)) expected.Append(piece);
        }
        string s = text.ToString();
        return LineRemover.Remove(s, set) == expected.ToString()
               && LineRemover.Remove(Encoding.UTF8.GetBytes(s), set).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(expected.ToString()))
               && LineRemover.Remove(s, new HashSet<int>()) == s;
    }

    // Each line with its terminator: CRLF, LF or CR.
    private static IEnumerable<string> Pieces(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }
}
