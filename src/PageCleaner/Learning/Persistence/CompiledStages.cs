namespace PageCleaner.Learning.Persistence;

/// <summary>
/// The <c>compiled.bin</c> entry: the stages' trees and label slots, in our own binary layout: the first stage, the
/// second, and the third (text dumps) when the model has one (files without it end after the second).
/// </summary>
internal static class CompiledStages
{
    private const string Magic = "PCTREES1";

    public static byte[] Write(CompiledRowScorer first, CompiledRowScorer second, CompiledRowScorer? third)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            CompiledRowScorer[] stages = third is null ? [first, second] : [first, second, third];
            foreach (CompiledRowScorer stage in stages)
            {
                w.Write(stage.Width);
                foreach (int slot in stage.SlotOfLabel) w.Write(slot);
                stage.Trees.WriteTo(w);
            }
        }
        return ms.ToArray();
    }

    public static (CompiledRowScorer First, CompiledRowScorer Second, CompiledRowScorer? Third) Read(byte[] bytes, int firstWidth, int secondWidth)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        if (r.ReadString() != Magic) throw new InvalidDataException("unknown compiled-trees format");
        CompiledRowScorer first = ReadStage(r, firstWidth), second = ReadStage(r, secondWidth);
        CompiledRowScorer? third = r.BaseStream.Position < r.BaseStream.Length ? ReadStage(r, secondWidth) : null;
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("bytes after the last compiled stage");
        return (first, second, third);
    }

    private static CompiledRowScorer ReadStage(BinaryReader r, int expectedWidth)
    {
        int width = r.ReadInt32();
        if (width != expectedWidth) throw new InvalidDataException($"compiled stage has {width} features, expected {expectedWidth}");
        var slots = new int[BlockLabels.Count];
        for (int i = 0; i < slots.Length; i++) slots[i] = r.ReadInt32();
        return new CompiledRowScorer(TreeEnsembleScorer.ReadFrom(r, width), slots, width);
    }
}
