namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// Reads an article part: <c>key: value</c> header lines (title, kind, author, tags), a <c>---</c> line, then the
/// body with one block per line. Markers: <c>## </c> heading, <c>### </c> subheading, <c>- </c> list item,
/// <c>1. </c> numbered item, <c>&gt; </c> quote, <c>! </c> caption, <c>~ </c> lead, <c>| a | b |</c> table row,
/// <c>```</c> fences around code, <c>=== user</c> starts a forum reply; any other line is a paragraph.
/// </summary>
internal static class ArticleParser
{
    public static readonly string[] Kinds = ["news", "blog", "forum", "product", "docs"];

    public static ArticlePart Parse(string path, string id, string language, string content)
    {
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        for (; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line == "---") break;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new PartsException($"{path}:{i + 1}: expected 'key: value' before the '---' line");
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (i == lines.Length) throw new PartsException($"{path}: no '---' line between the header and the body");
        string title = Required(header, "title", path);
        string kind = Required(header, "kind", path);
        if (Array.IndexOf(Kinds, kind) < 0) throw new PartsException($"{path}: kind '{kind}' is not one of {string.Join(", ", Kinds)}");
        var tags = new List<string>();
        if (header.TryGetValue("tags", out string? tagLine))
        {
            foreach (string t in tagLine.Split(',')) if (t.Trim().Length > 0) tags.Add(t.Trim());
        }

        var posts = new List<(string User, List<ArticleBlock> Blocks)> { ("", []) };
        var body = new BodyReader(path);
        for (i++; i < lines.Length; i++)
        {
            string raw = lines[i];
            if (!body.InCode && raw.StartsWith("=== ", StringComparison.Ordinal))
            {
                body.Finish(posts[^1].Blocks);
                posts.Add((raw[4..].Trim(), []));
                continue;
            }
            body.Add(raw, i, posts[^1].Blocks);
        }
        body.Finish(posts[^1].Blocks);

        List<ArticleBlock> blocks = posts[0].Blocks;
        if (!blocks.Exists(b => b.IsProse)) throw new PartsException($"{path}: the body has no paragraph");
        var replies = new List<ForumPost>();
        for (int p = 1; p < posts.Count; p++)
        {
            if (posts[p].Blocks.Count == 0) throw new PartsException($"{path}: the reply by '{posts[p].User}' is empty");
            replies.Add(new ForumPost(posts[p].User, posts[p].Blocks));
        }
        if (kind == "forum" && replies.Count == 0) throw new PartsException($"{path}: a forum thread needs at least one '=== user' reply");
        return new ArticlePart(id, language, kind, title, header.GetValueOrDefault("author"), tags, blocks, replies);
    }

    private static string Required(Dictionary<string, string> header, string key, string path) =>
        header.TryGetValue(key, out string? value) && value.Length > 0 ? value : throw new PartsException($"{path}: header '{key}:' is missing");

    /// <summary>Turns body lines into blocks, joining consecutive list items, table rows and code lines.</summary>
    private sealed class BodyReader(string path)
    {
        private BlockKind? _open;
        private readonly List<string> _items = [];
        private int _codeStart;

        public bool InCode => _open == BlockKind.Code;

        public void Add(string raw, int index, List<ArticleBlock> blocks)
        {
            if (InCode)
            {
                if (raw.Trim() == "```") Close(blocks);
                else _items.Add(raw.TrimEnd());
                return;
            }
            string line = raw.Trim();
            if (line.Length == 0)
            {
                Close(blocks);
                return;
            }
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Close(blocks);
                _open = BlockKind.Code;
                _codeStart = index;
                return;
            }
            (BlockKind kind, string text) = Classify(line);
            if (kind is BlockKind.List or BlockKind.OrderedList or BlockKind.Table)
            {
                if (_open != kind) Close(blocks);
                _open = kind;
                _items.Add(text);
                return;
            }
            Close(blocks);
            blocks.Add(new ArticleBlock(kind, [text]));
        }

        public void Finish(List<ArticleBlock> blocks)
        {
            if (InCode) throw new PartsException($"{path}:{_codeStart + 1}: code fence never closed");
            Close(blocks);
        }

        private void Close(List<ArticleBlock> blocks)
        {
            if (_open is BlockKind kind && _items.Count > 0) blocks.Add(new ArticleBlock(kind, [.. _items]));
            _open = null;
            _items.Clear();
        }

        private static (BlockKind, string) Classify(string line)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal)) return (BlockKind.Subheading, line[4..].Trim());
            if (line.StartsWith("## ", StringComparison.Ordinal)) return (BlockKind.Heading, line[3..].Trim());
            if (line.StartsWith("- ", StringComparison.Ordinal)) return (BlockKind.List, line[2..].Trim());
            if (line.StartsWith("> ", StringComparison.Ordinal)) return (BlockKind.Quote, line[2..].Trim());
            if (line.StartsWith("! ", StringComparison.Ordinal)) return (BlockKind.Caption, line[2..].Trim());
            if (line.StartsWith("~ ", StringComparison.Ordinal)) return (BlockKind.Lead, line[2..].Trim());
            if (line.StartsWith('|')) return (BlockKind.Table, line);
            int dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot is > 0 and <= 2 && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[dot - 1])) return (BlockKind.OrderedList, line[(dot + 2)..].Trim());
            return (BlockKind.Paragraph, line);
        }
    }
}
