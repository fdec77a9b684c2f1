namespace PageCleaner.Markup;

/// <summary>
/// The 1-based lines of positions asked for in increasing order, as a walk in document order asks for them: the line
/// breaks between one position and the next are counted (vectorised) instead of building a table of all line starts
/// and searching it for every text node.
/// </summary>
internal sealed class ForwardLineCounter(MarkupDocument document)
{
    private int _position, _line = 1;

    /// <summary>The line of <paramref name="position"/>; a position before the previous one counts again from the start.</summary>
    public int LineAt(int position)
    {
        if (position < _position)
        {
            _position = 0;
            _line = 1;
        }
        _line += document.Text[_position..position].Count('\n');
        _position = position;
        return _line;
    }
}
