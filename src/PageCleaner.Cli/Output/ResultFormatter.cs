using System.Text;
using PageCleaner.Rendering;

namespace PageCleaner.Cli.Output;

/// <summary>Renders a result in the chosen format, and names the file it goes to.</summary>
internal static class ResultFormatter
{
    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Markdown => ".md",
        OutputFormat.Json => ".json",
        _ => ".txt",
    };

    public static byte[] Render(CleanResult result, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var ms = new MemoryStream())
                {
                    JsonRenderer.Write(ms, result);
                    ms.WriteByte((byte)'\n');
                    return ms.ToArray();
                }
            case OutputFormat.Markdown:
                return Encoding.UTF8.GetBytes(MarkdownRenderer.Render(result));
            default:
                return Encoding.UTF8.GetBytes(result.Text);
        }
    }
}
