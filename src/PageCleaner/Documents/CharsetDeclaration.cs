namespace PageCleaner.Documents;

/// <summary>A charset declared in the page, or by its transport.</summary>
/// <param name="Label">The label as written, lower case (<c>gb2312</c>).</param>
/// <param name="Source">Where it was found: <c>meta charset</c>, <c>meta http-equiv</c>, <c>xml declaration</c> or <c>the HTTP header</c>.</param>
/// <param name="Target">The encoding the label maps to.</param>
internal sealed record CharsetDeclaration(string Label, string Source, CharsetTarget Target);
