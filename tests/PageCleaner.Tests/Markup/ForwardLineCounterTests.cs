using PageCleaner.Markup;

namespace PageCleaner.Tests.Markup;

public sealed class ForwardLineCounterTests
{
    [Fact]
    public void Gives_the_lines_of_a_table_of_line_starts_whatever_the_order_of_positions()
    {
        var random = new Random(5);
        string source = string.Concat(Enumerable.Range(0, 400).Select(_ => random.Next(4) == 0 ? '\n' : 'x'));
        var document = MarkupParser.Parse(source);
        var counter = new ForwardLineCounter(document);
        // Mostly forward, as a walk asks, with a few steps back.
        int position = 0;
        for (int step = 0; step < 300; step++)
        {
            position = random.Next(10) == 0 ? random.Next(source.Length + 1) : Math.Min(source.Length, position + random.Next(5));
            Assert.Equal(document.LineAt(position), counter.LineAt(position));
        }
    }
}
