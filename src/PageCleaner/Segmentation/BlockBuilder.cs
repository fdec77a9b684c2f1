using PageCleaner.Text;

namespace PageCleaner.Segmentation;

/// <summary>Collects the text of the block being built while the segmenter walks the DOM.</summary>
internal sealed class BlockBuilder
{
    /// <summary>Stands for a single <c>&lt;br&gt;</c> in the raw text; becomes <c>\n</c> after normalisation.</summary>
    public const char LineBreak = '\u2028';

    private const int MaxLinkTargets = 64;
    private readonly CharBuffer _raw = new(1024);
    private readonly CharBuffer _normalized = new(1024);
    private readonly List<string> _links = [];
    private readonly int[] _labelChars = new int[BlockLabels.Count];
    private ElementNode? _element;
    private int _linkChars, _linkCount, _line, _inlineTokens;
    private TagKind _inlineKinds;
    private bool _hidden, _pre, _hasText, _annotated;
    private HiddenReasons _hiddenReasons;
    private int _pendingBreaks;

    /// <summary>Whether nothing but whitespace has been added since the last flush.</summary>
    public bool IsEmpty => !_hasText;

    public void AddLink(string? href)
    {
        _linkCount++;
        if (href is not null && _links.Count < MaxLinkTargets) _links.Add(href);
    }

    /// <summary>Adds decoded text written in the given context.</summary>
    public void AddText(ReadOnlySpan<char> text, in WalkContext context, int line)
    {
        int visible = 0;
        foreach (char c in text)
        {
            // Printable ASCII is counted without the general test.
            if (CharClass.IsPrintableAscii(c) || !CharClass.IsSpace(c)) visible++;
        }
        if (visible == 0)
        {
            if (_hasText) _raw.Append(' ');
            return;
        }
        if (!_hasText)
        {
            _element = context.Element;
            _hidden = context.Hidden != HiddenReasons.None;
            _pre = context.Preformatted;
            _line = line;
        }
        _hasText = true;
        _pendingBreaks = 0;
        _hidden &= context.Hidden != HiddenReasons.None;
        _hiddenReasons |= context.Hidden;
        if (context.LinkDepth > 0) _linkChars += visible;
        _inlineTokens |= context.InlineTokenFlags;
        _inlineKinds |= context.InlineKinds;
        if (context.Annotation is BlockLabel label)
        {
            _annotated = true;
            _labelChars[(int)label] += visible;
        }
        else
        {
            _labelChars[(int)BlockLabel.Boilerplate] += visible;
        }
        if (_pre)
        {
            foreach (char c in text) _raw.Append(c == '\n' ? LineBreak : c);
        }
        else
        {
            _raw.Append(text);
        }
    }

    /// <summary>Records a <c>&lt;br&gt;</c>; returns true when it is the second of a run (the block should end).</summary>
    public bool AddLineBreak()
    {
        if (!_hasText) return false;
        _pendingBreaks++;
        if (_pendingBreaks >= 2) return true;
        _raw.Append(LineBreak);
        return false;
    }

    /// <summary>Ends the block; returns it, or null when it holds no visible text.</summary>
    public Block? Flush(int index, bool readAnnotations)
    {
        if (!_hasText)
        {
            Reset();
            return null;
        }
        string text = _pre ? NormalizePreformatted(_raw) : NormalizeFlowing(_raw);
        Block? block = null;
        if (text.Length > 0)
        {
            string tag = _element?.Tag ?? "body";
            block = new Block
            {
                Index = index,
                Text = text,
                Tag = tag,
                HeadingLevel = HtmlTags.HeadingLevel(tag),
                Element = _element,
                Line = _line,
                LinkChars = _linkChars,
                LinkCount = _linkCount,
                LinkTargets = _links.Count == 0 ? [] : _links.ToArray(),
                HiddenReasons = _hidden ? _hiddenReasons : HiddenReasons.None,
                Preformatted = _pre,
                InlineTokenFlags = _inlineTokens,
                InlineKinds = _inlineKinds,
                Annotation = readAnnotations ? MajorityLabel() : null,
            };
        }
        Reset();
        return block;
    }

    private BlockLabel? MajorityLabel()
    {
        if (!_annotated) return BlockLabel.Boilerplate;
        int best = 0;
        for (int i = 1; i < _labelChars.Length; i++)
        {
            if (_labelChars[i] > _labelChars[best]) best = i;
        }
        return (BlockLabel)best;
    }

    // Normalised into a buffer kept for the whole walk: the block's text is the only string made.
    private string NormalizeFlowing(CharBuffer raw)
    {
        Span<char> output = _normalized.Scratch(raw.Length);
        return new string(output[..WhitespaceNormalizer.Normalize(raw.Span, output, LineBreak)]);
    }

    private static string NormalizePreformatted(CharBuffer raw)
    {
        string s = raw.Span.ToString().Replace(LineBreak, '\n').Replace('\t', ' ');
        var lines = s.Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = WhitespaceNormalizer.TrimEndAndStripControls(lines[i]);
        return string.Join('\n', lines).Trim('\n');
    }

    private void Reset()
    {
        _raw.Clear();
        _links.Clear();
        Array.Clear(_labelChars);
        _element = null;
        _linkChars = _linkCount = _line = _inlineTokens = _pendingBreaks = 0;
        _inlineKinds = TagKind.None;
        _hiddenReasons = HiddenReasons.None;
        _hidden = _pre = _hasText = _annotated = false;
    }
}
