using System.Globalization;
using System.Text;

namespace PageCleaner.Documents;

/// <summary>
/// Turns a page's bytes into text: BOM (or, without one, UTF-16's zero bytes at every other position), then a charset
/// declared in the page (HTML only), then the charset its transport declared (an HTTP <c>Content-Type</c>), each taken
/// when the bytes agree with it, then UTF-8 validity, then a scored guess among GB18030, Big5, Shift_JIS, EUC-KR,
/// windows-1251 and windows-1252.
/// </summary>
public static class CharsetDetector
{
    private static readonly CharsetTarget Utf8 = new("utf-8", CharsetEncodings.Utf8CodePage);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="isHtml"/> enables the search for declarations. Never throws.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml) => Decode(bytes, isHtml, null);

    /// <summary>
    /// Decodes <paramref name="bytes"/> that came with <paramref name="transportCharset"/>, the charset label of their
    /// transport (the <c>charset</c> parameter of an HTTP <c>Content-Type</c>; null for none): it is used when the page
    /// has no byte order mark and no declaration of its own that the bytes agree with, and the bytes agree with it.
    /// Never throws.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml, string? transportCharset)
    {
        CharsetChoice choice = Choose(bytes, isHtml, transportCharset);
        return new DecodedText(CharsetEncodings.GetString(choice.CodePage, bytes[choice.Skip..]), choice.Encoding);
    }

    /// <summary>How <paramref name="bytes"/> are to be decoded (what <see cref="Decode(ReadOnlySpan{byte}, bool, string?)"/> does), for a caller that decodes them into a buffer of its own.</summary>
    internal static CharsetChoice Choose(ReadOnlySpan<byte> bytes, bool isHtml, string? transportCharset = null)
    {
        if (ChooseByByteOrderMark(bytes) is CharsetChoice withBom) return withBom;
        if (BomlessUtf16.Detect(bytes) is CharsetTarget utf16)
        {
            return Result(utf16, EncodingEvidence.Guessed, $"no byte order mark; guessed {utf16.Name} (zero bytes at every other position)");
        }

        bool isAscii = Ascii.IsValid(bytes);
        // ASCII is valid UTF-8 with nothing cut off: only other bytes need the validator's pass.
        bool truncated = false;
        bool isUtf8 = isAscii || EncodingUtf8Validator.IsValid(bytes, out truncated);
        string cutOff = truncated ? " (last character cut off)" : "";
        var cache = new CharsetEvidenceCache();
        string? ignoredLabel = null;
        CharsetDeclaration? declaration = isHtml ? CharsetDeclarationScanner.Find(bytes, out ignoredLabel) : null;
        string? problem = null;
        if (declaration is not null)
        {
            problem = CharsetDeclarationCheck.FindProblem(declaration, bytes, isAscii, isUtf8, cache);
            if (problem is null) return Declared(declaration, cutOff, null);
        }

        string reason = problem ?? (ignoredLabel is not null ? $"unknown charset \"{ignoredLabel}\" ignored" : "no declaration");
        // The transport's charset comes after the page's own declaration, where browsers put it first: servers send a
        // default (iso-8859-1 above all) for pages that declare their real charset themselves.
        CharsetDeclaration? transport = TransportDeclaration(transportCharset, out string? transportNote);
        if (transport is not null)
        {
            transportNote = CharsetDeclarationCheck.FindProblem(transport, bytes, isAscii, isUtf8, cache);
            if (transportNote is null) return Declared(transport, cutOff, problem is null && ignoredLabel is null ? null : reason);
        }
        if (transportNote is not null) reason = $"{reason}; {transportNote}";

        if (isAscii) return Result(Utf8, EncodingEvidence.ValidUtf8, problem is null && ignoredLabel is null && transportNote is null ? "ASCII only" : $"{reason}; ASCII only");
        if (isUtf8)
        {
            // Here a problem can only be a legacy declaration on bytes that are valid UTF-8.
            string detail = problem is null ? $"{reason}; valid UTF-8{cutOff}" : $"{reason}; decoded as utf-8{cutOff}";
            return Result(Utf8, EncodingEvidence.ValidUtf8, detail);
        }

        // A declared utf-8 that failed already says the bytes are not UTF-8.
        bool saidNotUtf8 = declaration is not null && declaration.Target.IsUtf8 && problem is not null
            || transport is not null && transport.Target.IsUtf8 && transportNote is not null;
        string notUtf8 = saidNotUtf8 ? "" : ", not UTF-8";
        EncodingSample sample = cache.GetSample(bytes);
        if (EncodingUtf8Validator.IsMostlyValid(sample.Bytes))
        {
            return Result(Utf8, EncodingEvidence.Guessed, $"{reason}{notUtf8}; guessed utf-8 (only a few invalid bytes)");
        }
        EncodingScore[] scores = cache.GetScores(bytes);
        EncodingScore best = scores[0], next = scores[1];
        string guess = string.Create(
            CultureInfo.InvariantCulture,
            $"{reason}{notUtf8}; guessed {best.Candidate.Name} (score {best.Score:0.00}, next {next.Candidate.Name} {next.Score:0.00})");
        return Result(best.Candidate.Target, EncodingEvidence.Guessed, guess);
    }

    // The transport's charset as a declaration; null, with a note when the label is unknown, when there is none to use.
    private static CharsetDeclaration? TransportDeclaration(string? charset, out string? note)
    {
        note = null;
        string label = charset?.Trim().ToLowerInvariant() ?? "";
        if (label.Length == 0) return null;
        if (CharsetLabels.Resolve(label) is CharsetTarget target) return new CharsetDeclaration(label, "the HTTP header", target);
        note = $"unknown charset \"{label}\" in the HTTP header ignored";
        return null;
    }

    private static CharsetChoice Declared(CharsetDeclaration declaration, string cutOff, string? before)
    {
        string detail = $"declared {declaration.Label} in {declaration.Source}";
        if (declaration.Label != declaration.Target.Name) detail += $", decoded as {declaration.Target.Name}";
        return Result(declaration.Target, EncodingEvidence.Declared, (before is null ? "" : before + "; ") + detail + cutOff);
    }

    private static CharsetChoice? ChooseByByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Result(Utf8, EncodingEvidence.ByteOrderMark, "byte order mark utf-8", skip: 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            var target = new CharsetTarget("utf-16le", CharsetEncodings.Utf16LeCodePage);
            return Result(target, EncodingEvidence.ByteOrderMark, "byte order mark utf-16le", skip: 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var target = new CharsetTarget("utf-16be", CharsetEncodings.Utf16BeCodePage);
            return Result(target, EncodingEvidence.ByteOrderMark, "byte order mark utf-16be", skip: 2);
        }
        return null;
    }

    private static CharsetChoice Result(CharsetTarget target, EncodingEvidence evidence, string detail, int skip = 0) =>
        new(target.CodePage, skip, new DetectedEncoding(target.Name, evidence, detail));
}
