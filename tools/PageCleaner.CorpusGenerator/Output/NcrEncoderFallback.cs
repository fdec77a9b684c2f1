using System.Globalization;
using System.Text;

namespace PageCleaner.CorpusGenerator.Output;

/// <summary>
/// Writes a character the legacy encoding lacks as a numeric character reference (&amp;#169;), as pages saved in
/// GBK, Big5 or Shift_JIS do for ©, “, é and the like.
/// </summary>
internal sealed class NcrEncoderFallback : EncoderFallback
{
    public override int MaxCharCount => 10;

    public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : EncoderFallbackBuffer
    {
        private string _text = "";
        private int _pos;

        public override int Remaining => _text.Length - _pos;

        public override bool Fallback(char charUnknown, int index) => Set(charUnknown);

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index) => Set(char.ConvertToUtf32(charUnknownHigh, charUnknownLow));

        public override char GetNextChar() => _pos < _text.Length ? _text[_pos++] : '\0';

        public override bool MovePrevious()
        {
            if (_pos == 0) return false;
            _pos--;
            return true;
        }

        public override void Reset()
        {
            _text = "";
            _pos = 0;
        }

        private bool Set(int codePoint)
        {
            _text = "&#" + codePoint.ToString(CultureInfo.InvariantCulture) + ";";
            _pos = 0;
            return true;
        }
    }
}
