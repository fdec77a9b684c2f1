using System.Runtime.InteropServices;

namespace PageCleaner.Markup;

/// <summary>
/// Parses HTML into a <see cref="MarkupDocument"/> in one pass with no recursion. The tree is the one
/// HtmlAgilityPack 1.13 builds, which the default model was trained on: end tags close the nearest open element of
/// their name (and whatever is open inside it) and are ignored when none is open (a stray <c>&lt;/br&gt;</c> is a
/// line break); the start tags of <see cref="ElementRules"/> close the element they find themselves directly in;
/// void elements have no content and raw-text elements hold their text up to their end tag; comments, doctypes and
/// processing instructions are comment nodes; server code (<c>&lt;% ... %&gt;</c>) is text, and so is a <c>&lt;</c>
/// not followed by a letter, <c>/</c>, <c>!</c> or <c>?</c>. Nothing is decoded: text and attribute values are
/// spans of the source as written. The tests compare its trees with HtmlAgilityPack's, on random tag soup and on
/// hand-picked corners.
/// </summary>
/// <remarks>
/// One difference is known and left: server code inside a tag (<c>&lt;b a=1 &lt;%x%&gt;&gt;</c>), where
/// HtmlAgilityPack renames the attribute read before it; here the code is part of the name or value it sits in.
/// A stray <c>&lt;/form&gt;</c> stays as text (in lower case), as it does there.
/// </remarks>
internal sealed class MarkupParser
{
    private readonly MarkupDocument _document;
    private readonly int _n;
    private readonly List<MarkupAttribute> _attributes = [];

    // How many elements of each name are open: an end tag whose name none of them has is ignored without climbing the
    // open elements (100,000 stray end tags under 100,000 open elements would otherwise take 10^10 steps).
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private MarkupNode _parent;
    private int _textStart;

    private MarkupParser(MarkupDocument document)
    {
        _document = document;
        _n = document.Length;
        _parent = _document.Root;
    }

    public static MarkupDocument Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(new MarkupDocument(source));
    }

    /// <summary>Parses the first <paramref name="length"/> characters of <paramref name="buffer"/>, which the document reads for as long as it is used.</summary>
    public static MarkupDocument Parse(char[] buffer, int length) => Parse(new MarkupDocument(buffer, length));

    private static MarkupDocument Parse(MarkupDocument document)
    {
        var parser = new MarkupParser(document);
        parser.Run();
        return document;
    }

    // The text being parsed.
    private ReadOnlySpan<char> S => _document.Text;

    private void Run()
    {
        ReadOnlySpan<char> s = S;
        int i = 0;
        while (i < _n)
        {
            int lt = s[i..].IndexOf('<');
            if (lt < 0) break;
            lt += i;
            if (lt + 1 >= _n) break;
            char c = s[lt + 1];
            if (c is '!' or '?')
            {
                FlushText(lt);
                i = _textStart = AddComment(lt, c == '!' ? CommentEnd(lt) : ToPastGreaterThan(lt + 2));
            }
            else if (c == '/')
            {
                FlushText(lt);
                i = _textStart = EndTag(lt);
            }
            else if (char.IsLetter(c))
            {
                FlushText(lt);
                i = _textStart = StartTag(lt);
            }
            else if (c == '%')
            {
                // Server code (<% ... %>) is text, tags and all.
                i = SkipServerCode(lt);
            }
            else
            {
                i = lt + 1;
            }
        }
        FlushText(_n);
        for (MarkupNode? open = _parent; open is not null && open.Kind == MarkupNodeKind.Element; open = open.Parent) open.End = _n;
    }

    private void FlushText(int end)
    {
        if (end <= _textStart) return;
        var text = new MarkupNode(_document, MarkupNodeKind.Text, "", _textStart) { End = end };
        _parent.Append(text);
    }

    private int AddComment(int start, int end)
    {
        _parent.Append(new MarkupNode(_document, MarkupNodeKind.Comment, "", start) { End = end });
        return end;
    }

    // "<!--" comments end at the first '>' after "--" or "--!" (the "--" may be the opening one's, as in "<!-->");
    // other "<!" at the first '>'.
    private int CommentEnd(int lt)
    {
        if (lt + 3 >= _n || S[lt + 2] != '-' || S[lt + 3] != '-') return ToPastGreaterThan(lt + 2);
        for (int from = lt + 2; ;)
        {
            int gt = S[from..].IndexOf('>');
            if (gt < 0) return _n;
            gt += from;
            if ((S[gt - 1] == '-' && S[gt - 2] == '-') || (gt - 3 >= lt + 2 && S[gt - 1] == '!' && S[gt - 2] == '-' && S[gt - 3] == '-')) return gt + 1;
            from = gt + 1;
        }
    }

    private int ToPastGreaterThan(int from)
    {
        int gt = S.Slice(from).IndexOf('>');
        return gt < 0 ? _n : from + gt + 1;
    }

    private int StartTag(int lt)
    {
        int nameEnd = NameEnd(lt + 1);
        (int tagEnd, bool selfClosed, bool cut, bool atEnd) = ReadAttributes(nameEnd, _attributes);
        // A name the next tag cuts short ("<div<p>") leaves an element without a name. A tag the page ends in takes
        // all the rest as its name, but nests by the name it began with.
        string name = CutsTag(nameEnd) ? "" : MarkupNames.Lower(S.Slice(lt + 1, nameEnd - lt - 1));
        var element = new MarkupNode(_document, MarkupNodeKind.Element, atEnd ? MarkupNames.Lower(S.Slice(lt + 1)) : name, lt);
        if (_attributes.Count > 0) element.SetAttributes([.. _attributes]);
        element.StartTagEnd = tagEnd;
        // The closing rules apply once the name is read: not to a name the page ends in.
        while (nameEnd < _n && _parent.Kind == MarkupNodeKind.Element && ElementRules.Closes(_parent.Name, name))
        {
            _parent.End = lt;
            Close(_parent);
        }
        _parent.Append(element);
        if (element.Name == "style") _document.AddStyleElement(element);
        // A raw-text element reads its text up to its end tag even when written "<script ... />"; cut short by
        // the next tag, it stays open as an ordinary element. Any other start tag cut short holds nothing.
        bool rawText = ElementRules.RawText.Contains(name);
        if (rawText && !cut) return RawText(element, tagEnd);
        if (!rawText && (selfClosed || cut || ElementRules.Void.Contains(name)))
        {
            element.End = tagEnd;
            return tagEnd;
        }
        _parent = element;
        CollectionsMarshal.GetValueRefOrAddDefault(_open, name, out _)++;
        element.End = _n;
        return tagEnd;
    }

    // The innermost open element is closed: its parent takes the next nodes.
    private void Close(MarkupNode element)
    {
        // An element closes only once it was opened, so its name is counted.
        CollectionsMarshal.GetValueRefOrNullRef(_open, element.Name)--;
        _parent = element.Parent!;
    }

    // The text of a script, style, textarea or title up to "</name" followed by '>' or a space; unclosed, the
    // element takes the rest of the page and keeps no text.
    private int RawText(MarkupNode element, int from)
    {
        string name = element.Name;
        ReadOnlySpan<char> s = S;
        int at = from;
        while (at < _n)
        {
            int lt = s[at..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0) break;
            lt += at;
            int after = lt + 2 + name.Length;
            if (after < _n && s.Slice(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && (s[after] == '>' || IsSpace(s[after])))
            {
                // Even an empty one: the parser it follows keeps a text node for "<script src=...></script>" too.
                element.Append(new MarkupNode(_document, MarkupNodeKind.Text, "", from) { End = lt });
                (int end, _, _, _) = ReadAttributes(after, null);
                element.EndTagStart = lt;
                element.EndTagEnd = element.End = end;
                return end;
            }
            at = lt + 2;
        }
        element.End = _n;
        return _n;
    }

    private int EndTag(int lt)
    {
        int nameEnd = NameEnd(lt + 2);
        (int tagEnd, _, _, bool atEnd) = ReadAttributes(nameEnd, _attributes);
        // An end tag without a name, or whose name the next tag cuts short ("</div<b>"), does nothing.
        if (nameEnd == lt + 2 || CutsTag(nameEnd)) return tagEnd;
        string name = MarkupNames.Lower(atEnd ? S.Slice(lt + 2) : S.Slice(lt + 2, nameEnd - lt - 2));
        if (_open.GetValueOrDefault(name) > 0)
        {
            // Everything open inside the element closes with it. Each element is climbed over once, as it closes.
            while (_parent.Name != name)
            {
                _parent.End = lt;
                Close(_parent);
            }
            MarkupNode open = _parent;
            open.EndTagStart = lt;
            open.EndTagEnd = open.End = tagEnd;
            Close(open);
        }
        else if (name == "br")
        {
            // A stray </br> is a line break, its attributes and all.
            var br = new MarkupNode(_document, MarkupNodeKind.Element, name, lt) { StartTagEnd = tagEnd, End = tagEnd };
            br.SetAttributes([.. _attributes]);
            _parent.Append(br);
        }
        else if (name == "form")
        {
            // A form's end tag with no form open stays in the page as text, in lower case.
            _parent.Append(new MarkupNode(_document, MarkupNodeKind.Text, "", lt) { End = tagEnd, OwnText = S[lt..tagEnd].ToString().ToLowerInvariant() });
        }
        return tagEnd;
    }

    private enum RunKind
    {
        TagName,
        AttributeName,
        UnquotedValue,
    }

    private int NameEnd(int from) => RunEnd(from, RunKind.TagName);

    // The end of a run of a tag: a space, '>' or a '<' that starts a tag (server code inside is part of the run);
    // names also end at '/', attribute names at '='.
    private int RunEnd(int from, RunKind run)
    {
        ReadOnlySpan<char> s = S;
        int i = from;
        while (i < _n)
        {
            char c = s[i];
            if (c == '>' || IsSpace(c) || (c == '/' && run != RunKind.UnquotedValue) || (c == '=' && run == RunKind.AttributeName)) break;
            if (c == '<' && StartsTag(i))
            {
                if (!IsServerCode(i)) break;
                i = SkipServerCode(i);
                continue;
            }
            i++;
        }
        return i;
    }

    private bool IsServerCode(int lt) => lt + 1 < _n && S[lt + 1] == '%';

    // Whether the '<' at lt starts a tag, a comment or server code (not "<>" or "< ").
    private bool StartsTag(int lt) => lt + 1 < _n && (char.IsLetter(S[lt + 1]) || S[lt + 1] is '/' or '!' or '?' or '%');

    // Past the "%>" that closes the server code opened at lt ("<%"), or the end of the page.
    private int SkipServerCode(int lt)
    {
        // The '%' may serve both: "<%>" opens and closes.
        int close = S.Slice(lt + 1).IndexOf("%>", StringComparison.Ordinal);
        return close < 0 ? _n : lt + 1 + close + 2;
    }

    // Whether the '<' at i cuts the tag being read short: one that starts server code does not.
    private bool CutsTag(int i) => i < _n && S[i] == '<' && StartsTag(i) && !IsServerCode(i);

    // The rest of a tag after its name: attributes (into the list when given) up to '>' (or a '<' that starts the
    // next tag, or the end of the page). Returns where the tag ends, whether it closed itself ("/>"), whether the
    // next tag cut it short and whether the page ended inside it.
    private (int End, bool SelfClosed, bool Cut, bool AtEnd) ReadAttributes(int from, List<MarkupAttribute>? into)
    {
        into?.Clear();
        ReadOnlySpan<char> s = S;
        int i = from;
        while (true)
        {
            while (i < _n && IsSpace(s[i])) i++;
            if (i >= _n) return (_n, false, false, true);
            char c = s[i];
            if (c == '>') return (i + 1, false, false, false);
            if (CutsTag(i)) return (i, false, true, false);
            if (c is '/' or '?')
            {
                if (i + 1 < _n && s[i + 1] == '>') return (i + 2, true, false, false);
                i++;
                continue;
            }
            if (c == '<' && IsServerCode(i))
            {
                // Server code where an attribute would start is an attribute of its own, named by the code (none
                // when the page ends inside it).
                int codeEnd = SkipServerCode(i);
                bool closed = s[(i + 1)..codeEnd].EndsWith("%>");
                if (into is not null && closed) into.Add(new MarkupAttribute(_document, MarkupNames.Lower(s[i..codeEnd]), i, codeEnd - i));
                i = codeEnd;
                continue;
            }
            int nameStart = i++;
            i = RunEnd(i, RunKind.AttributeName);
            // A stray quote standing alone (a="1"" b) is no attribute, nor is a name the next tag cuts short (a tag
            // left without its '>': <a href="#" in to Reply</a>).
            bool strayQuote = i - nameStart == 1 && s[nameStart] is '"' or '\'';
            bool cut = i >= _n || CutsTag(i);
            MarkupAttribute? attribute = into is null || strayQuote || cut ? null : new MarkupAttribute(_document, MarkupNames.Lower(s[nameStart..i]), nameStart, i - nameStart);
            while (i < _n && IsSpace(s[i])) i++;
            if (i < _n && s[i] == '/')
            {
                // "a/" ends the name and the slash goes; it closes nothing even right before the '>' (<path d/>).
                if (attribute is not null) into!.Add(attribute);
                i++;
                continue;
            }
            if (i < _n && s[i] == '=')
            {
                i++;
                while (i < _n && IsSpace(s[i])) i++;
                if (attribute is not null)
                {
                    attribute.Quote = MarkupQuote.Unquoted;
                    attribute.ValueStart = i;
                }
                if (i < _n && s[i] is '"' or '\'')
                {
                    char quote = s[i];
                    int close = s[(i + 1)..].IndexOf(quote);
                    int valueEnd = close < 0 ? _n : i + 1 + close;
                    if (attribute is not null)
                    {
                        attribute.Quote = quote == '"' ? MarkupQuote.DoubleQuote : MarkupQuote.SingleQuote;
                        attribute.ValueStart = i + 1;
                        // A value the page ends in, its quote never closed, counts as empty.
                        attribute.ValueLength = close < 0 ? 0 : valueEnd - i - 1;
                    }
                    i = Math.Min(valueEnd + 1, _n);
                }
                else
                {
                    int valueStart = i;
                    i = RunEnd(i, RunKind.UnquotedValue);
                    // A value the next tag or the end of the page cuts short counts as empty.
                    if (attribute is not null) attribute.ValueLength = i >= _n || CutsTag(i) ? 0 : i - valueStart;
                }
            }
            if (attribute is not null) into!.Add(attribute);
        }
    }

    // The parser's spaces: HtmlAgilityPack counts only these four (not form feed) between names and attributes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t';
}
