namespace PageCleaner.Text;

/// <summary>
/// A growable run of characters that is reused: cleared, not reallocated, between uses, and read as a span (a
/// StringBuilder would copy its text out into a new string first).
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars;

    public CharBuffer(int capacity = 256) => _chars = new char[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    /// <summary>The characters added since the last <see cref="Clear"/>; valid until the next change.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>A writable span of at least <paramref name="length"/> characters (the buffer's content is not kept).</summary>
    public Span<char> Scratch(int length)
    {
        Length = 0;
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        return _chars.AsSpan(0, length);
    }

    public void Clear() => Length = 0;

    private void Grow(int needed)
    {
        var bigger = new char[Math.Max(Length + needed, _chars.Length * 2)];
        _chars.AsSpan(0, Length).CopyTo(bigger);
        _chars = bigger;
    }
}
