using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PageCleaner.Benchmarks -- --filter '*'
// PAGECLEANER_BENCH_PAGES=DIR benchmarks the pages of DIR (e.g. ../shared/dev-data/wcxb-dev/pages) instead of examples/.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
