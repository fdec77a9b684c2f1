using PageCleaner.Buffers;

namespace PageCleaner.Tests.Buffers;

/// <summary>The library's pooled arrays: long enough, reused, and huge ones not kept.</summary>
public sealed class PooledArraysTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(100_000)]
    [InlineData(1 << 20)]
    [InlineData(5_000_000)]
    public void A_rented_array_is_at_least_the_size_asked(int size)
    {
        char[] array = PooledArrays.Rent<char>(size);

        Assert.True(array.Length >= Math.Max(size, 1));
        PooledArrays.Return(array);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(300_000)]
    [InlineData(3_000_000)]
    public void Arrays_given_back_are_lent_again(int size)
    {
        PooledArrays.Return(PooledArrays.Rent<byte>(size));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) PooledArrays.Return(PooledArrays.Rent<byte>(size));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Other tests share the pool and may take the array now and then; a pool that kept nothing would allocate 100.
        Assert.True(allocated < 10L * size, $"{allocated} bytes allocated for 100 rents of {size}");
    }

    [Fact]
    public void A_huge_array_is_allocated_for_its_use_alone_and_not_kept()
    {
        byte[] huge = PooledArrays.Rent<byte>(20 << 20);
        Assert.Equal(20 << 20, huge.Length);
        PooledArrays.Return(huge);

        Assert.NotSame(huge, PooledArrays.Rent<byte>(20 << 20));
    }
}
