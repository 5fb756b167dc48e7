using BenchmarkDotNet.Running;

// `make-batch DIR PLANS MEASURES` writes the workload that scripts/bench-batch.sh times through the CLI;
// anything else runs the BenchmarkDotNet suite.
if (args.Length == 4 && args[0] == "make-batch")
{
    OfficeDx.Benchmarks.BatchWorkload.Write(args[1], int.Parse(args[2]), int.Parse(args[3]));
    return;
}
// The OfficeDx side of scripts/bench-vs-peers.sh.
switch (args.FirstOrDefault())
{
    case "make-peers" when args.Length == 4:
        OfficeDx.Benchmarks.PeerWorkload.Make(args[1], int.Parse(args[2]), int.Parse(args[3]));
        return;
    case "harvest-folder" when args.Length == 2:
        OfficeDx.Benchmarks.PeerWorkload.HarvestFolder(args[1]);
        return;
    case "harvest-folder-every-core" when args.Length == 2:
        OfficeDx.Benchmarks.PeerWorkload.HarvestFolderEveryCore(args[1]);
        return;
    case "floor-folder" when args.Length == 2:
        OfficeDx.Benchmarks.PeerWorkload.FloorFolder(args[1]);
        return;
    case "floor-folder-every-core" when args.Length == 2:
        OfficeDx.Benchmarks.PeerWorkload.FloorFolderEveryCore(args[1]);
        return;
    case "generate-folder" when args.Length >= 3:
        OfficeDx.Benchmarks.PeerWorkload.GenerateFolder(args[1], args.Skip(2));
        return;
    case "in-process" when args.Length == 3:
        OfficeDx.Benchmarks.PeerWorkload.InProcess(args[1], int.Parse(args[2]));
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(OfficeDx.Benchmarks.WordBenchmarks).Assembly).Run(args);
