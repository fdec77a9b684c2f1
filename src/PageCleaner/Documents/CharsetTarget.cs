namespace PageCleaner.Documents;

/// <summary>An encoding the detector can decode with: its canonical web name and .NET code page.</summary>
internal sealed record CharsetTarget(string Name, int CodePage)
{
    public bool IsUtf8 => CodePage == CharsetEncodings.Utf8CodePage;
}
