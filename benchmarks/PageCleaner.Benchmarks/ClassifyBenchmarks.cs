using BenchmarkDotNet.Attributes;
using PageCleaner.Documents;
using PageCleaner.Features;
using PageCleaner.Learning;

namespace PageCleaner.Benchmarks;

/// <summary>
/// The classification stage over the pages' feature rows: both stages as cleaning runs them, and the first stage's
/// trees alone, walked row by row against compared in blocks with leaf bitmasks (the same sums either way).
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private List<(PageAnalysis Analysis, float[] Matrix)> _extracted = [];
    private Cleaner _cleaner = null!;
    private TreeEnsembleScorer _firstStage = null!;
    private int _width;

    [GlobalSetup]
    public void Setup()
    {
        _cleaner = Cleaner.CreateDefault();
        _extracted = BenchmarkPages.Load()
            .Select(p => FeatureExtractor.Default.Extract(PageReader.Segment(PageLoader.Load(p, CleanerOptions.Default), CleanerOptions.Default, false)))
            .ToList();
        var first = (CompiledRowScorer)((StackedBlockClassifier)_cleaner.Classifier).First;
        _firstStage = first.Trees;
        _width = first.Width;
    }

    [Benchmark(Description = "classify (both stages)")]
    public float Classify()
    {
        float sum = 0;
        foreach (var (analysis, matrix) in _extracted)
        {
            var probabilities = new float[analysis.Blocks.Count * BlockLabels.Count];
            _cleaner.Classifier.Predict(analysis, matrix, probabilities);
            sum += probabilities[0];
        }
        return sum;
    }

    [Benchmark(Description = "first-stage trees, walked")]
    public double Walked() => FirstStage(TreeEvaluation.Walk);

    [Benchmark(Description = "first-stage trees, leaf masks")]
    public double Masked() => FirstStage(TreeEvaluation.LeafMasks);

    [Benchmark(Description = "first-stage trees, leaf masks, 256-bit vectors")]
    public double Masked256() => FirstStage(TreeEvaluation.LeafMasks256);

    private double FirstStage(TreeEvaluation evaluation)
    {
        double sum = 0;
        foreach (var (analysis, matrix) in _extracted)
        {
            var sums = new double[analysis.Blocks.Count * _firstStage.Classes];
            _firstStage.SumRows(matrix, analysis.Blocks.Count, _width, sums, evaluation);
            sum += sums[0];
        }
        return sum;
    }
}
