using System.Text;
using PageCleaner.Markup;

namespace PageCleaner.Documents;

/// <summary>
/// Flattens pathological nesting for a second parse of a page the parser found too deep (see PageLoader). A tree
/// 100,000 elements deep makes every walk over it long and its element paths huge, so start tags that would open
/// deeper than the limit are dropped together with their end tags; the text stays. One linear scan finds the depth;
/// a second rewrites only when the limit is exceeded.
/// </summary>
/// <remarks>
/// The scan reads tags the way <see cref="MarkupParser"/> does (HtmlAgilityPack's reading), not the way a browser
/// does, because it is the parser's depth that must stay bounded: a tag starts at '&lt;' followed by a letter; a
/// quote opens a value only right after '='; a new tag start inside an unfinished tag ends that tag; '/' before '&gt;' closes an element only between
/// attributes; script, style, textarea, title (the parser's raw-text elements) hold no tags; an end tag closes the
/// latest element of its name that no end tag has closed yet, if that element is still open, with everything opened
/// inside it; and a few start tags close their parent (a new li closes an open li, td closes td, ...). The void and
/// raw-text element lists are the parser's own tables (<see cref="ElementRules"/>). Any reading that differs must
/// err towards counting deeper.
/// </remarks>
internal static class NestingLimiter
{
    /// <summary>Returns <paramref name="html"/> itself when no element nests deeper than <paramref name="maxDepth"/>, else a flattened copy.</summary>
    public static string Limit(string html, int maxDepth, out bool flattened)
    {
        flattened = new Scanner(html, maxDepth, null).Run() > maxDepth;
        if (!flattened) return html;
        var output = new StringBuilder(html.Length);
        new Scanner(html, maxDepth, output).Run();
        return output.ToString();
    }

    /// <summary>
    /// The depth past which a parsed page is refused: twice the flattening limit. Flattening keeps the parser's tree
    /// within the limit plus one level, so this only catches a way of nesting that the scan does not know about.
    /// </summary>
    public static int RefusalDepth(int maxDepth) => maxDepth >= int.MaxValue / 2 ? int.MaxValue : 2 * maxDepth + 2;

    /// <summary>The deepest nesting the parser would build from <paramref name="html"/> (for tests and diagnostics).</summary>
    public static int Depth(string html) => new Scanner(html, int.MaxValue, null).Run();

    private sealed class Scanner
    {
        private readonly string _html;
        private readonly int _maxDepth;
        private readonly StringBuilder? _output;

        // The open elements, innermost last: their names and the ids of their entries in _started.
        private readonly List<string> _openNames = [];
        private readonly List<int> _openIds = [];
        // Per name, the ids of started elements that no end tag has consumed yet (the parser's "last node of this kind").
        private readonly Dictionary<string, List<int>> _startedByName = new(StringComparer.Ordinal);
        // Whether each started element is still open (an ancestor's end tag closes it without consuming its entry).
        private readonly List<bool> _isOpen = [];
        // Start tags dropped per name; their end tags are dropped too.
        private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
        private int _copied;
        // Where the last tag cut short by a following tag stopped.
        private int _interruptedAt = -1, _interruptedBefore = -1;

        public Scanner(string html, int maxDepth, StringBuilder? output)
        {
            _html = html;
            _maxDepth = maxDepth;
            _output = output;
        }

        // Walks the tags; returns the deepest depth reached (without an output it stops once past the limit).
        public int Run()
        {
            string html = _html;
            int deepest = 0, i = 0;
            while (i < html.Length)
            {
                int lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length) break;
                char next = html[lt + 1];
                if (next is '!' or '?')
                {
                    i = CommentEnd(lt);
                    continue;
                }
                if (ServerCodeEnd(lt) is int codeEnd)
                {
                    i = codeEnd;
                    continue;
                }
                bool end = next == '/';
                if (!end && !char.IsLetter(next))
                {
                    i = lt + 1;
                    continue;
                }
                int nameStart = lt + (end ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < html.Length && !EndsName(nameEnd)) nameEnd = ServerCodeEnd(nameEnd) ?? nameEnd + 1;
                // A tag cut short by another while still in its name gets no name from the parser: an end tag closes
                // nothing, a start tag makes an empty element.
                string name = nameEnd < html.Length && html[nameEnd] == '<' ? "" : html[nameStart..nameEnd].ToLowerInvariant();
                int after = TagEnd(nameEnd, out bool selfClosed, out bool interrupted);
                _interruptedBefore = _interruptedAt;
                if (interrupted) _interruptedAt = after;
                if (end) EndTag(name, lt, after);
                else
                {
                    // The parser closes parents (li by li, ...) when the name is ended by whitespace, '/' or '>'.
                    bool closesParents = nameEnd < html.Length && html[nameEnd] != '<';
                    after = StartTag(name, selfClosed, interrupted, closesParents, lt, after);
                    deepest = Math.Max(deepest, _openNames.Count);
                    if (_output is null && deepest > _maxDepth) return deepest;
                }
                i = after;
            }
            _output?.Append(html, _copied, html.Length - _copied);
            return deepest;
        }

        // Returns where scanning resumes (past the raw text of a script, style, ...). A start tag cut short by another
        // tag is closed at once by the parser, except a raw-text element, which then stays open as an ordinary one.
        private int StartTag(string name, bool selfClosed, bool interrupted, bool closesParents, int lt, int after)
        {
            bool cdata = ElementRules.RawText.Contains(name);
            bool rawText = cdata && !interrupted;
            bool leaf = !cdata && (selfClosed || interrupted || ElementRules.Void.Contains(name));
            int closes = closesParents ? ParentsClosedBy(name) : 0;
            // Leaves add one level at most and raw-text elements hold no tags, so both are kept whatever the depth
            // (dropping a script or style would turn its text into markup).
            if (!leaf && !rawText && _openNames.Count - closes >= _maxDepth && _output is not null)
            {
                _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                Skip(lt, after);
                return after;
            }
            for (int k = 0; k < closes; k++) PopTo(_openNames.Count - 1);
            if (leaf) return after;
            int id = _isOpen.Count;
            _isOpen.Add(true);
            _openNames.Add(name);
            _openIds.Add(id);
            if (!_startedByName.TryGetValue(name, out List<int>? started)) _startedByName[name] = started = [];
            started.Add(id);
            return rawText ? RawTextEnd(name, after) : after;
        }

        private void EndTag(string name, int lt, int after)
        {
            if (_dropped.TryGetValue(name, out int d) && d > 0)
            {
                _dropped[name] = d - 1;
                Skip(lt, after);
                return;
            }
            if (!_startedByName.TryGetValue(name, out List<int>? started) || started.Count == 0) return;
            int id = started[^1];
            started.RemoveAt(started.Count - 1);
            if (!_isOpen[id]) return;
            int at = _openIds.LastIndexOf(id);
            PopTo(at);
        }

        // Closes the open elements from index `at` up.
        private void PopTo(int at)
        {
            for (int k = _openIds.Count - 1; k >= at; k--) _isOpen[_openIds[k]] = false;
            _openIds.RemoveRange(at, _openIds.Count - at);
            _openNames.RemoveRange(at, _openNames.Count - at);
        }

        // How many innermost open elements the parser closes when a start tag of this name opens.
        private int ParentsClosedBy(string name)
        {
            int n = 0;
            while (n < _openNames.Count && ElementRules.Closes(_openNames[_openNames.Count - 1 - n], name)) n++;
            return n;
        }

        private void Skip(int from, int to)
        {
            if (_output is null) return;
            _output.Append(_html, _copied, from - _copied);
            // A tag that cut the previous one short must still do so ("<b a=1<i>": without "<i>" the b would be whole),
            // and "<" + "<i>" + "x" must not become the tag "<x".
            if (from == _interruptedBefore) _output.Append("<!---->");
            else if (from > 0 && _html[from - 1] == '<') _output.Append(' ');
            _copied = to;
        }

        // A name ends at whitespace, '/', '>' or the start of another tag.
        private bool EndsName(int k)
        {
            char c = _html[k];
            return c is ' ' or '\t' or '\r' or '\n' or '/' or '>' || (c == '<' && StartsTag(k) && _html[k + 1] != '%');
        }

        // Just past the "%>" of server code ("<% ... %>", "<%>" included) starting at k; null when none starts there.
        private int? ServerCodeEnd(int k)
        {
            if (_html[k] != '<' || k + 1 >= _html.Length || _html[k + 1] != '%') return null;
            int close = _html.IndexOf("%>", k + 1, StringComparison.Ordinal);
            return close < 0 ? _html.Length : close + 2;
        }

        private bool StartsTag(int k) =>
            k + 1 < _html.Length && (char.IsLetter(_html[k + 1]) || _html[k + 1] is '/' or '!' or '?' or '%');

        private enum TagState { BetweenAttributes, EmptyTag, AttributeName, BeforeEquals, AfterEquals, Value, QuotedValue }

        // From the end of the name to just past the tag, following the parser's states: '>' ends the tag outside a
        // quoted value, and so does the start of another tag (which is then read as a tag); a quote opens a value
        // only right after '='; '/' (or '?') between attributes followed by '>' closes the element.
        private int TagEnd(int from, out bool selfClosed, out bool interrupted)
        {
            string html = _html;
            selfClosed = interrupted = false;
            var state = TagState.BetweenAttributes;
            char quote = '\0';
            for (int k = from; k < html.Length; k++)
            {
                if (state == TagState.QuotedValue)
                {
                    // Nothing inside quotes counts until the closing quote: jump to it (a vectorised search; values
                    // such as URLs and class lists are much of a tag's length).
                    int close = html.IndexOf(quote, k);
                    if (close < 0) return html.Length;
                    k = close;
                    state = TagState.BetweenAttributes;
                    continue;
                }
                char c = html[k];
                if (ServerCodeEnd(k) is int codeEnd)
                {
                    k = codeEnd - 1; // "<% ... %>" inside a tag leaves the tag as it was
                    continue;
                }
                if (c == '<' && StartsTag(k))
                {
                    interrupted = true;
                    return k;
                }
                if (c == '>')
                {
                    selfClosed = state == TagState.EmptyTag;
                    return k + 1;
                }
                bool space = c is ' ' or '\t' or '\r' or '\n';
                switch (state)
                {
                    case TagState.BetweenAttributes:
                        if (c is '/' or '?') state = TagState.EmptyTag;
                        else if (!space) state = TagState.AttributeName;
                        break;
                    case TagState.EmptyTag:
                        state = TagState.BetweenAttributes;
                        if (!space) k--; // read again as the start of an attribute
                        break;
                    case TagState.AttributeName:
                        if (space) state = TagState.BeforeEquals;
                        else if (c == '=') state = TagState.AfterEquals;
                        break;
                    case TagState.BeforeEquals:
                        if (c == '=') state = TagState.AfterEquals;
                        else if (!space)
                        {
                            state = TagState.BetweenAttributes;
                            k--;
                        }
                        break;
                    case TagState.AfterEquals:
                        if (c is '"' or '\'')
                        {
                            quote = c;
                            state = TagState.QuotedValue;
                        }
                        else if (!space) state = TagState.Value;
                        break;
                    case TagState.Value:
                        if (space) state = TagState.BetweenAttributes;
                        break;
                }
            }
            return html.Length;
        }

        // A comment or declaration: <!-- ... --> (or --!>), and anything else starting <! or <? up to '>'.
        private int CommentEnd(int lt)
        {
            string html = _html;
            bool full = lt + 3 < html.Length && html[lt + 2] == '-' && html[lt + 3] == '-';
            int k = lt + 2;
            while (true)
            {
                int gt = html.IndexOf('>', k);
                if (gt < 0) return html.Length;
                if (!full || (gt >= 2 && html[gt - 1] == '-' && html[gt - 2] == '-') || (gt >= 3 && html[gt - 1] == '!' && html[gt - 2] == '-' && html[gt - 3] == '-'))
                    return gt + 1;
                k = gt + 1;
            }
        }

        // Raw text runs to "</name" followed by '>' or whitespace; the end tag itself is then read as a tag.
        private int RawTextEnd(string name, int from)
        {
            string html = _html;
            for (int k = from; k < html.Length; k++)
            {
                k = html.IndexOf("</", k, StringComparison.Ordinal);
                if (k < 0) return html.Length;
                int after = k + 2 + name.Length;
                if (after < html.Length && string.Compare(html, k + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && html[after] is '>' or ' ' or '\t' or '\r' or '\n')
                    return k;
            }
            return html.Length;
        }
    }
}
