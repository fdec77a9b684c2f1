using System.Runtime.CompilerServices;

namespace PageCleaner.Language;

/// <summary>One counter per <see cref="UnicodeScript"/> value, stored inline (no array to allocate).</summary>
[InlineArray(Length)]
internal struct ScriptCounts
{
    /// <summary>Room for every byte value of the enum, so a newly generated script never overflows it.</summary>
    public const int Length = 64;

    private int _first;
}
