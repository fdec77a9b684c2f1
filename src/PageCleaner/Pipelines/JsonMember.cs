using System.Text.Json;

namespace PageCleaner.Pipelines;

/// <summary>One member of a JSON object as it stands in the line: its name (unescaped) and where its bytes are.</summary>
/// <param name="Name">The member's name, unescaped.</param>
/// <param name="Start">Where the member starts (its name's opening quote).</param>
/// <param name="End">Just past the member's value.</param>
/// <param name="ValueStart">Where the value starts.</param>
/// <param name="ValueKind">The value's first token: a string, a number, an object, ...</param>
internal readonly record struct JsonMember(string Name, int Start, int End, int ValueStart, JsonTokenType ValueKind);
