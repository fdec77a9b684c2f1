using System.Globalization;

namespace PageCleaner.Documents;

/// <summary>The one wording of "this page is over the size limit", for the library and the tool alike.</summary>
internal static class PageSizeLimit
{
    public static PageRejectedException Exceeded(long length, long limit) =>
        new($"page is {Size(length, "0.0")}, over the limit of {Size(limit, "0.#")} (raise it with --max-page-mb, or CleanerOptions.MaxPageBytes in the library)");

    // Sizes under 1 MiB are given in bytes: in MiB a limit of 1000 bytes read "over the limit of 0 MiB".
    private static string Size(long bytes, string mebibyteFormat) =>
        bytes < 1048576
            ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes"
            : (bytes / 1048576.0).ToString(mebibyteFormat, CultureInfo.InvariantCulture) + " MiB";
}
