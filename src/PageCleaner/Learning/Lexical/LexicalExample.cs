namespace PageCleaner.Learning.Lexical;

/// <summary>One labeled block for the lexical model: its hashed slots and whether it is content (every block counts once).</summary>
internal readonly record struct LexicalExample(int[] Slots, bool Content);
