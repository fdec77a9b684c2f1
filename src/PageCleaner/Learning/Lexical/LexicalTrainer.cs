namespace PageCleaner.Learning.Lexical;

/// <summary>
/// Fits a <see cref="LexicalModel"/> by logistic regression with AdaGrad steps: a few passes over the examples in
/// an order drawn from the seed, one thread, so the same examples and seed give the same weights.
/// </summary>
internal static class LexicalTrainer
{
    public const int Passes = 2;

    private const float Rate = 0.2f;

    // Adds to each slot's squared-gradient sum from the start: the first steps of a rare word stay moderate.
    private const float InitialSquares = 1;

    public static LexicalModel Train(IReadOnlyList<LexicalExample> examples, int seed)
    {
        var weights = new float[LexicalTokens.Slots];
        var squares = new float[LexicalTokens.Slots];
        Array.Fill(squares, InitialSquares);
        float bias = 0, biasSquares = InitialSquares;
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var random = new Random(seed);
        for (int pass = 0; pass < Passes; pass++)
        {
            random.Shuffle(order);
            foreach (int k in order)
            {
                LexicalExample e = examples[k];
                float scale = e.Slots.Length == 0 ? 0 : 1 / MathF.Sqrt(e.Slots.Length);
                float z = bias;
                foreach (int s in e.Slots) z += weights[s] * scale;
                float error = Sigmoid(z) - (e.Content ? 1 : 0);
                biasSquares += error * error;
                bias -= Rate * error / MathF.Sqrt(biasSquares);
                float g = error * scale;
                foreach (int s in e.Slots)
                {
                    squares[s] += g * g;
                    weights[s] -= Rate * g / MathF.Sqrt(squares[s]);
                }
            }
        }
        return LexicalModel.FromWeights(weights, bias);
    }

    private static float Sigmoid(float z) => 1 / (1 + MathF.Exp(-Math.Clamp(z, -30, 30)));
}
