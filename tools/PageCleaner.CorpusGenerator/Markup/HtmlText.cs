using System.Text;

namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>Minimal HTML escaping: only the characters that would change the markup (non-ASCII text stays as is).</summary>
internal static class HtmlText
{
    public static void Append(StringBuilder sb, string text, bool attribute = false)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static string Escape(string text, bool attribute = false)
    {
        var sb = new StringBuilder(text.Length + 8);
        Append(sb, text, attribute);
        return sb.ToString();
    }
}
