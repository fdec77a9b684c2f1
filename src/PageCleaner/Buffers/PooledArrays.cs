using System.Buffers;
using System.Runtime.CompilerServices;

namespace PageCleaner.Buffers;

/// <summary>
/// Every pooled array of the library: a page's text, a stream's records, feature matrices, work tables. Most of these
/// are larger than the large-object threshold, and a new one per page made the runtime collect its oldest generation
/// every few dozen pages, map fresh memory for each, and let a large-object budget of garbage pile up between
/// collections. Thread-safe.
/// </summary>
/// <remarks>
/// Arrays up to 64 KB come from the shared pool (fast, per-thread caches). Larger ones come from a pool of our own that
/// keeps a few arrays of each size, twice the cores and at least four (about as many as the pages and records in
/// flight): the shared pool keeps one per size on every thread that ever returned one and up to 32 per size and core,
/// and with pages of all sizes it came to hold 150 MB. Arrays over 8 MB are allocated for their use alone and left to
/// the collector, so that a rare huge page is not kept for later ones.
/// </remarks>
internal static class PooledArrays
{
    private const long SmallBytes = 64 << 10;
    private const long MaxPooledBytes = 8 << 20;
    private static readonly int ArraysPerSize = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>An array of at least <paramref name="size"/> elements (at least one); its contents are not cleared.</summary>
    public static T[] Rent<T>(int size) where T : unmanaged
    {
        long bytes = (long)size * Unsafe.SizeOf<T>();
        if (bytes <= SmallBytes) return ArrayPool<T>.Shared.Rent(Math.Max(size, 1));
        return bytes <= MaxPooledBytes ? Large<T>.Pool.Rent(size) : GC.AllocateUninitializedArray<T>(size);
    }

    /// <summary>Gives back an array from <see cref="Rent"/>; nothing may read or write it after.</summary>
    public static void Return<T>(T[] array) where T : unmanaged
    {
        // The pools' sizes are powers of two, so an array's length says which pool lent it (or that none did).
        long bytes = (long)array.Length * Unsafe.SizeOf<T>();
        if (bytes <= SmallBytes) ArrayPool<T>.Shared.Return(array);
        else if (bytes <= MaxPooledBytes) Large<T>.Pool.Return(array);
    }

    private static class Large<T> where T : unmanaged
    {
        public static readonly ArrayPool<T> Pool = ArrayPool<T>.Create((int)(MaxPooledBytes / Unsafe.SizeOf<T>()), ArraysPerSize);
    }
}
