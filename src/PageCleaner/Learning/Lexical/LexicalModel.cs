using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Lexical;

/// <summary>
/// A linear model over the hashed words of a block (<see cref="LexicalTokens"/>): its log-odds that the block is
/// content, learned from the training pages' labels. The tree models see it as one feature: the words that mark
/// menus, prices, bylines or share bars in the languages of the training data, which no hand-written cue list
/// covers. The words' weights are summed and divided by the square root of their number, so a short block and a
/// long one are on one scale.
/// </summary>
/// <remarks>
/// Weights are kept as signed bytes times one scale: the table is a quarter of the machine's second-level cache
/// rather than all of it (as floats it evicted the trees' nodes and cost a page 2.7% instead of about 1%), and
/// training quantises every model it makes, those that score the folds included, so the trees learn from the
/// scores cleaning gives.
/// </remarks>
internal sealed class LexicalModel
{
    private const string Magic = "PCLEX1";

    // The feature is clamped: a block of unseen words should not stand far from one the model knows.
    private const float Limit = 8;

    private readonly sbyte[] _weights;
    private readonly float _scale, _bias;

    private LexicalModel(sbyte[] weights, float scale, float bias)
    {
        _weights = weights;
        _scale = scale;
        _bias = bias;
    }

    /// <summary>Quantises trained weights (<see cref="LexicalTokens.Slots"/> of them): the largest in size becomes ±127.</summary>
    public static LexicalModel FromWeights(float[] weights, float bias)
    {
        if (weights.Length != LexicalTokens.Slots) throw new ArgumentException($"a lexical model has {LexicalTokens.Slots} weights", nameof(weights));
        float largest = 0;
        foreach (float w in weights) largest = Math.Max(largest, Math.Abs(w));
        float scale = largest > 0 ? largest / 127 : 1;
        var quantised = new sbyte[weights.Length];
        for (int s = 0; s < weights.Length; s++) quantised[s] = (sbyte)Math.Clamp(MathF.Round(weights[s] / scale), -127, 127);
        return new LexicalModel(quantised, scale, bias);
    }

    /// <summary>Log-odds that a block of this text is content.</summary>
    public float Score(string text)
    {
        Span<int> slots = stackalloc int[LexicalTokens.MaxSlotsPerText];
        return Score(slots[..LexicalTokens.Hash(text, slots)]);
    }

    private float Score(ReadOnlySpan<int> slots)
    {
        if (slots.IsEmpty) return Math.Clamp(_bias, -Limit, Limit);
        int sum = 0;
        foreach (int s in slots) sum += _weights[s];
        return Math.Clamp(_bias + _scale * sum / MathF.Sqrt(slots.Length), -Limit, Limit);
    }

    /// <summary>Writes <see cref="Score(string)"/> of every block into column <paramref name="column"/> of the row-major <paramref name="rows"/>.</summary>
    public void WriteColumn(IReadOnlyList<Block> blocks, Span<float> rows, int width, int column)
    {
        for (int i = 0; i < blocks.Count; i++) rows[i * width + column] = Score(blocks[i].Text);
    }

    /// <summary>The model's bytes: the slot bits, the bias, the scale and every slot's weight.</summary>
    public byte[] Write()
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(LexicalTokens.Bits);
            w.Write(_bias);
            w.Write(_scale);
            w.Write((byte[])(Array)_weights);
        }
        return ms.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a lexical model of this version.</exception>
    /// <exception cref="EndOfStreamException">The bytes end early.</exception>
    public static LexicalModel Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        if (r.ReadString() != Magic) throw new InvalidDataException("unknown lexical-model format");
        int bits = r.ReadInt32();
        if (bits != LexicalTokens.Bits) throw new InvalidDataException($"lexical model of {bits}-bit slots, expected {LexicalTokens.Bits}");
        float bias = r.ReadSingle(), scale = r.ReadSingle();
        if (!float.IsFinite(bias) || !float.IsFinite(scale) || scale <= 0) throw new InvalidDataException("lexical model with an invalid bias or scale");
        byte[] weights = r.ReadBytes(LexicalTokens.Slots);
        if (weights.Length != LexicalTokens.Slots) throw new EndOfStreamException("lexical model cut short");
        if (r.BaseStream.Position != bytes.Length) throw new InvalidDataException("lexical model with trailing bytes");
        return new LexicalModel((sbyte[])(Array)weights, scale, bias);
    }
}
