using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(OfficeDx.Benchmarks.WordBenchmarks).Assembly).Run(args);
