namespace PageCleaner.Text;

/// <summary>What one scan counted: the marks, and the letters, Han characters and alphabetic words they are weighed against.</summary>
internal struct ObfuscationCounts
{
    public int HanCharacters;
    public int Letters;
    public int AlphabeticWords;
    public int Pinyin;
    public int ZeroWidth;
    public int Homoglyphs;
}

/// <summary>
/// Finds content-farm marks in a text in one left-to-right pass (linear time: every character is looked at a bounded
/// number of times). Shared by <see cref="ObfuscationScanner"/>, which counts, and <see cref="ObfuscationRepair"/>,
/// which removes what is found.
/// </summary>
internal static class ObfuscationMarks
{
    /// <summary>Adds what <paramref name="text"/> holds to <paramref name="counts"/>, and its marks to <paramref name="marks"/> when given, in text order.</summary>
    /// <remarks><paramref name="asciiShortcut"/> false reads ASCII characters the long way too (for the tests).</remarks>
    public static void Scan(ReadOnlySpan<char> text, ref ObfuscationCounts counts, List<ObfuscationMark>? marks, bool asciiShortcut = true)
    {
        var word = new WordScripts();
        int lastVisible = -1;      // the last character that is not zero-width
        int segmentLetters = 0;    // letters since the last soft hyphen or word boundary
        int lastShy = -1;          // that soft hyphen, when the segment began at one
        bool lastShyMarked = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 0x80 && asciiShortcut)
            {
                // What the tests below do for an ASCII character, which is never zero-width, a soft hyphen or Han:
                // a letter extends the word, anything else ends it.
                if (char.IsAsciiLetter(c))
                {
                    counts.Letters++;
                    segmentLetters++;
                    word.Add(c, i);
                }
                else
                {
                    word.End(text, i, ref counts, marks);
                    segmentLetters = 0;
                    lastShy = -1;
                }
                lastVisible = i;
                i++;
                continue;
            }
            if (CharClass.IsZeroWidth(c))
            {
                int end = i;
                while (end < text.Length && CharClass.IsZeroWidth(text[end])) end++;
                if (lastVisible >= 0 && end < text.Length && IsWordCharacter(text, lastVisible) && IsWordCharacter(text, end))
                {
                    // Between two letters of alphabets and scripts that never need a joiner: inserted to break up words.
                    counts.ZeroWidth += end - i;
                    marks?.Add(new ObfuscationMark(i, end - i, ObfuscationMarkKind.ZeroWidth));
                }
                i = end;
                continue;
            }
            if (c == '\u00AD')
            {
                // Soft hyphens are hyphenation hints; around a one-letter syllable they only break a word up ("s-p-a-m").
                bool letterNext = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                if (lastShy >= 0 && segmentLetters == 1 && letterNext)
                {
                    if (!lastShyMarked) Mark(ref counts, marks, lastShy);
                    Mark(ref counts, marks, i);
                    lastShyMarked = true;
                }
                else
                {
                    lastShyMarked = false;
                }
                lastShy = letterNext ? i : -1;
                segmentLetters = 0;
                lastVisible = i;
                i++;
                continue;
            }

            bool han = CharClass.IsHan(c);
            if (han) counts.HanCharacters++;
            if (han || char.IsLetter(c))
            {
                counts.Letters++;
                segmentLetters++;
                word.Add(c, i);
            }
            else if (!char.IsLowSurrogate(c) && !IsCombining(c))
            {
                word.End(text, i, ref counts, marks);
                segmentLetters = 0;
                lastShy = -1;
            }
            lastVisible = i;
            i++;

            if (EndsHan(text, i) && i < text.Length)
            {
                int annotation = PinyinAfter(text, i);
                if (annotation > 0)
                {
                    counts.Pinyin++;
                    marks?.Add(new ObfuscationMark(i, annotation, ObfuscationMarkKind.Pinyin));
                    word.End(text, i, ref counts, marks);
                    i += annotation;
                    lastVisible = i - 1;
                    segmentLetters = 0;
                    lastShy = -1;
                }
            }
        }
        word.End(text, text.Length, ref counts, marks);
    }

    private static void Mark(ref ObfuscationCounts counts, List<ObfuscationMark>? marks, int at)
    {
        counts.ZeroWidth++;
        marks?.Add(new ObfuscationMark(at, 1, ObfuscationMarkKind.ZeroWidth));
    }

    // Letters and digits of alphabets and scripts whose words never need a joiner or a break hint: Latin, Greek,
    // Cyrillic, Han, kana, Hangul. Emoji (ZWJ sequences), Arabic and Persian (ZWNJ), Indic scripts (ZWJ, ZWNJ) and
    // Thai or Khmer (ZWSP as a word break) fall outside, so their zero-width characters are never counted.
    private static bool IsWordCharacter(ReadOnlySpan<char> text, int at)
    {
        char c = text[at];
        if (c is >= '0' and <= '9') return true;
        if (CharClass.IsHan(c) || CharClass.IsKana(c) || CharClass.IsHangul(c)) return true;
        if (char.IsLowSurrogate(c)) return at > 0 && CharClass.IsHan(text[at - 1]);
        return LookalikeLetters.ScriptOf(c) != LookalikeLetters.None && char.IsLetter(c);
    }

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Whether the text before position `end` ends with a Han character (one unit, or a supplementary-plane pair).
    private static bool EndsHan(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0) return false;
        char c = text[end - 1];
        if (char.IsLowSurrogate(c)) return end >= 2 && CharClass.IsHan(text[end - 2]);
        return CharClass.IsHan(c) && !char.IsHighSurrogate(c);
    }

    /// <summary>
    /// The length of a pinyin annotation starting at <paramref name="start"/> (right after a Han character), or 0: one
    /// syllable in ASCII or full-width parentheses, <c>(mén)</c>, <c>（men）</c>, <c>(men2)</c>, or one bare syllable
    /// followed by another Han character or CJK punctuation, <c>mén</c>. A word gloss of several syllables,
    /// <c>(tāotiè)</c>, is not one: dictionaries and textbooks gloss words, content farms characters.
    /// </summary>
    private static int PinyinAfter(ReadOnlySpan<char> text, int start)
    {
        char open = text[start];
        if (open is '(' or '（')
        {
            int end = SyllableEnd(text, start + 1);
            if (end < 0 || end >= text.Length) return 0;
            return text[end] is ')' or '）' ? end + 1 - start : 0;
        }
        int bare = SyllableEnd(text, start);
        if (bare < 0 || bare >= text.Length) return 0;
        return CharClass.IsHan(text[bare]) || IsCjkPunctuation(text[bare]) ? bare - start : 0;
    }

    // The end of one pinyin syllable starting at `start` (lower-case letters, tone marks precomposed or combining, or a
    // tone number at the end); -1 when the letters there are not exactly one syllable.
    private static int SyllableEnd(ReadOnlySpan<char> text, int start)
    {
        Span<char> plain = stackalloc char[PinyinSyllables.MaxLength];
        int length = 0, i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (PinyinSyllables.IsCombiningTone(c) && length > 0)
            {
                i++;
                continue;
            }
            char p = PinyinSyllables.Plain(c);
            if (p == '\0') break;
            if (length == PinyinSyllables.MaxLength) return -1;
            plain[length++] = p;
            i++;
        }
        if (length == 0) return -1;
        if (i < text.Length && text[i] is >= '1' and <= '5') i++;
        if (i < text.Length && (char.IsLetterOrDigit(text[i]) && !CharClass.IsHan(text[i]))) return -1;
        return PinyinSyllables.Contains(plain[..length]) ? i : -1;
    }

    private static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' or '“' or '”' or '‘' or '’';

    /// <summary>The alphabets of the word being read; a mixed word is looked at letter by letter when it ends.</summary>
    private struct WordScripts
    {
        private int _start, _latin, _cyrillic, _greek, _other;
        private bool _open;

        public void Add(char c, int at)
        {
            if (!_open)
            {
                this = default;
                _open = true;
                _start = at;
            }
            switch (LookalikeLetters.ScriptOf(c))
            {
                case LookalikeLetters.Latin: _latin++; break;
                case LookalikeLetters.Cyrillic: _cyrillic++; break;
                case LookalikeLetters.Greek: _greek++; break;
                default: _other++; break;
            }
        }

        /// <summary>Closes the word ending before <paramref name="end"/>, if one is open.</summary>
        public void End(ReadOnlySpan<char> text, int end, ref ObfuscationCounts counts, List<ObfuscationMark>? marks)
        {
            if (!_open) return;
            _open = false;
            if (_latin + _cyrillic + _greek == 0) return;
            counts.AlphabeticWords++;
            if (!IsHomoglyph(text[_start..end])) return;
            counts.Homoglyphs++;
            marks?.Add(new ObfuscationMark(_start, end - _start, ObfuscationMarkKind.Homoglyph));
        }

        // A word of two or more alphabets (and nothing else) in which one alphabet has most letters and every other
        // letter looks like a letter of that one.
        private readonly bool IsHomoglyph(ReadOnlySpan<char> word)
        {
            int alphabets = (_latin > 0 ? 1 : 0) + (_cyrillic > 0 ? 1 : 0) + (_greek > 0 ? 1 : 0);
            if (alphabets < 2 || _other > 0) return false;
            int majority;
            if (_latin > _cyrillic && _latin > _greek) majority = LookalikeLetters.Latin;
            else if (_cyrillic > _latin && _cyrillic > _greek) majority = LookalikeLetters.Cyrillic;
            else if (_greek > _latin && _greek > _cyrillic) majority = LookalikeLetters.Greek;
            else return false;
            foreach (char c in word)
            {
                int script = LookalikeLetters.ScriptOf(c);
                if (script == LookalikeLetters.None || script == majority || !char.IsLetter(c)) continue;
                if (!LookalikeLetters.LooksLike(c, majority)) return false;
            }
            return true;
        }
    }
}
