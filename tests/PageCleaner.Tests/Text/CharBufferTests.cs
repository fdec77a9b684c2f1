using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class CharBufferTests
{
    [Fact]
    public void Appends_past_its_first_capacity_keep_every_character_in_order()
    {
        var buffer = new CharBuffer(16);
        var expected = new System.Text.StringBuilder();
        for (int i = 0; i < 100; i++)
        {
            buffer.Append((char)('a' + i % 26));
            expected.Append((char)('a' + i % 26));
            buffer.Append("xyz-" + i);
            expected.Append("xyz-" + i);
        }
        Assert.Equal(expected.ToString(), buffer.Span.ToString());
        Assert.Equal(expected.Length, buffer.Length);
    }

    [Fact]
    public void Clear_starts_again_from_nothing()
    {
        var buffer = new CharBuffer(16);
        buffer.Append("first text, longer than sixteen characters");
        buffer.Clear();
        buffer.Append("second");
        Assert.Equal("second", buffer.Span.ToString());
    }

    [Fact]
    public void Scratch_gives_the_length_asked_for_and_empties_the_buffer()
    {
        var buffer = new CharBuffer(16);
        buffer.Append("abc");
        Span<char> scratch = buffer.Scratch(1000);
        Assert.Equal(1000, scratch.Length);
        Assert.Equal(0, buffer.Length);
        Assert.Equal(5, buffer.Scratch(5).Length);
    }
}
