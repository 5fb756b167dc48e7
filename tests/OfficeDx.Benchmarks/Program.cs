using BenchmarkDotNet.Running;

// `make-batch DIR PLANS MEASURES` writes the workload that scripts/bench-batch.sh times through the CLI;
// anything else runs the BenchmarkDotNet suite.
if (args.Length == 4 && args[0] == "make-batch")
{
    OfficeDx.Benchmarks.BatchWorkload.Write(args[1], int.Parse(args[2]), int.Parse(args[3]));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(OfficeDx.Benchmarks.WordBenchmarks).Assembly).Run(args);
