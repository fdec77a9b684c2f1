using PageCleaner.Learning.Lexical;

namespace PageCleaner.Tests.Learning.Lexical;

public sealed class LexicalModelTests
{
    private static readonly string[] Furniture =
    [
        "Add to cart", "Log in", "Sign up for our newsletter", "Share on Facebook", "Related posts", "Read more",
        "Item# 20319", "Privacy policy", "Terms of use", "Back to top", "Follow us", "All rights reserved",
    ];

    private static readonly string[] Prose =
    [
        "The council voted on Tuesday to close the bridge while engineers inspect its cables.",
        "Researchers found that the river had risen faster than any model of the basin predicted.",
        "She said the school would reopen once the heating was repaired and the roof made safe.",
        "Farmers in the valley have planted earlier this year because the frost ended in March.",
        "The museum will show the letters for the first time, alongside photographs of the harbour.",
        "Officials expect the new line to carry twelve thousand passengers a day when it opens.",
    ];

    // Each text as often as a block of a template recurs over a site's pages.
    private static List<LexicalExample> Examples()
    {
        var list = new List<LexicalExample>();
        for (int copy = 0; copy < 20; copy++)
        {
            foreach (string t in Furniture) list.Add(Example(t, content: false));
            foreach (string t in Prose) list.Add(Example(t, content: true));
        }
        return list;
    }

    private static LexicalExample Example(string text, bool content)
    {
        var slots = new int[LexicalTokens.MaxSlotsPerText];
        return new LexicalExample(slots[..LexicalTokens.Hash(text, slots)], content);
    }

    [Fact]
    public void It_learns_which_words_mark_furniture_and_which_mark_prose()
    {
        LexicalModel model = LexicalTrainer.Train(Examples(), seed: 3);
        Assert.All(Furniture, t => Assert.True(model.Score(t) < 0, t));
        Assert.All(Prose, t => Assert.True(model.Score(t) > 0, t));
        // Unseen texts sharing the words lean the same way.
        Assert.True(model.Score("Log in to share") < model.Score("The council said the bridge would reopen in March."));
    }

    [Fact]
    public void The_same_examples_and_seed_give_the_same_model_and_the_bytes_read_back_score_alike()
    {
        LexicalModel a = LexicalTrainer.Train(Examples(), seed: 5), b = LexicalTrainer.Train(Examples(), seed: 5);
        Assert.Equal(a.Write(), b.Write());
        LexicalModel read = LexicalModel.Read(a.Write());
        foreach (string t in Furniture.Concat(Prose).Append("unseen words entirely")) Assert.Equal(a.Score(t), read.Score(t));
    }

    [Fact]
    public void Scores_stay_within_the_clamp_and_an_empty_text_scores_the_bias()
    {
        var weights = new float[LexicalTokens.Slots];
        Array.Fill(weights, 50f);
        LexicalModel model = LexicalModel.FromWeights(weights, bias: -0.5f);
        Assert.Equal(8f, model.Score("anything at all"));
        Assert.Equal(-0.5f, model.Score(""));
    }

    [Fact]
    public void Weights_kept_as_bytes_score_as_the_trained_weights_do_within_half_a_step_a_word()
    {
        var random = new Random(11);
        var weights = new float[LexicalTokens.Slots];
        for (int s = 0; s < weights.Length; s++) weights[s] = (float)(random.NextDouble() * 4 - 2);
        weights[17] = 6;
        LexicalModel model = LexicalModel.FromWeights(weights, bias: 0.25f);
        float step = 6f / 127;
        foreach (string text in Furniture.Concat(Prose))
        {
            var slots = new int[LexicalTokens.MaxSlotsPerText];
            int n = LexicalTokens.Hash(text, slots);
            float exact = 0.25f + slots[..n].Sum(s => weights[s]) / MathF.Sqrt(n);
            Assert.InRange(model.Score(text) - exact, -step / 2 * MathF.Sqrt(n) - 1e-4f, step / 2 * MathF.Sqrt(n) + 1e-4f);
        }
    }

    [Fact]
    public void Bytes_of_another_kind_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => LexicalModel.Read([1, 2, 3, 4, 5, 6, 7, 8]));
        byte[] bytes = LexicalTrainer.Train(Examples(), seed: 1).Write();
        Assert.Throws<EndOfStreamException>(() => LexicalModel.Read(bytes[..(bytes.Length - 3)]));
    }
}
