using Microsoft.ML;
using Microsoft.ML.Data;

namespace PageCleaner.Learning;

/// <summary>The row types ML.NET sees, and the schema that gives the feature vector its run-time width.</summary>
internal static class MlNetRows
{
    public const string FeaturesColumn = "Features", LabelColumn = "Label", LabelKeyColumn = "LabelKey", WeightColumn = "Weight", ScoreColumn = "Score";

    /// <summary>One block as ML.NET reads it. The label is its name (<c>content</c>, ...); empty when predicting.</summary>
    public sealed class BlockRow
    {
        public float[] Features { get; set; } = [];
        public string Label { get; set; } = "";
        public float Weight { get; set; } = 1;
    }

    /// <summary>ML.NET's output for one block: one score per label, in key order.</summary>
    public sealed class BlockScores
    {
        public float[] Score { get; set; } = [];
    }

    public static SchemaDefinition InputSchema(int featureCount)
    {
        SchemaDefinition definition = SchemaDefinition.Create(typeof(BlockRow));
        definition[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return definition;
    }
}
