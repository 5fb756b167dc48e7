using System.Diagnostics;
using System.IO.Compression;
using System.Xml;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Benchmarks;

/// <summary>
/// The OfficeDx side of scripts/bench-vs-peers.sh: writes the shared workload and runs OfficeDx and the
/// unzip + XmlReader floor over it in one process each, the way the peers' scripts run theirs.
/// </summary>
public static class PeerWorkload
{
    /// <summary>N synthetic plans of M measures as plan JSON (for the generators) and as OfficeDx documents (for the readers).</summary>
    public static void Make(string directory, int plans, int measures)
    {
        var profile = ProfileLibrary.Load("akita");
        Directory.CreateDirectory(Path.Combine(directory, "plans"));
        Directory.CreateDirectory(Path.Combine(directory, "docs"));
        for (var i = 1; i <= plans; i++)
        {
            var plan = SyntheticPlans.Create(measures) with { Id = $"plan-{i:000}", Municipality = $"第{i}市" };
            File.WriteAllText(Path.Combine(directory, "plans", plan.Id + ".json"), PlanJson.Serialize(plan));
            PlanDocumentWriter.Write(plan, profile, Path.Combine(directory, "docs", plan.Id + ".docx"));
        }
        PlanDocumentWriter.Write(SyntheticPlans.Create(2) with { Id = "small" }, profile, Path.Combine(directory, "small.docx"));
    }

    /// <summary>Harvests every document in one process, as python-docx's script reads every document in one process.</summary>
    public static void HarvestFolder(string directory)
    {
        var watch = Stopwatch.StartNew();
        var files = Directory.GetFiles(directory, "*.docx");
        var measures = files.Sum(f => PlanDocumentReader.Read(f).Plan.AllMeasures().Count());
        Console.WriteLine($"officedx harvest: {files.Length} documents, {measures} measures, {watch.Elapsed.TotalSeconds:0.000} s in process");
    }

    /// <summary>
    /// Harvests every document on every core, as the product's folder harvest reads (without storing): one worker per core,
    /// each holding one document's tree at a time.
    /// </summary>
    public static void HarvestFolderEveryCore(string directory)
    {
        var watch = Stopwatch.StartNew();
        var files = Directory.GetFiles(directory, "*.docx");
        var measures = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            f => Interlocked.Add(ref measures, PlanDocumentReader.Read(f).Plan.AllMeasures().Count()));
        Console.WriteLine($"officedx harvest, {Environment.ProcessorCount} cores: {files.Length} documents, {measures} measures, {watch.Elapsed.TotalSeconds:0.000} s in process");
    }

    /// <summary>Generates one document per plan file into the output folder.</summary>
    public static void GenerateFolder(string output, IEnumerable<string> planFiles)
    {
        var watch = Stopwatch.StartNew();
        var profile = ProfileLibrary.Load("akita");
        var count = 0;
        foreach (var file in planFiles)
        {
            PlanDocumentWriter.Write(PlanJson.Deserialize(File.ReadAllText(file)), profile, Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".docx"));
            count++;
        }
        Console.WriteLine($"officedx generate: {count} documents, {watch.Elapsed.TotalSeconds:0.000} s in process");
    }

    /// <summary>The floor any reader pays: inflate word/document.xml and visit every node once with XmlReader.</summary>
    public static long Floor(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        long nodes = 0;
        while (reader.Read()) nodes++;
        return nodes;
    }

    /// <summary>Runs the floor over every document in one process.</summary>
    public static void FloorFolder(string directory)
    {
        var watch = Stopwatch.StartNew();
        var files = Directory.GetFiles(directory, "*.docx");
        var nodes = files.Sum(Floor);
        Console.WriteLine($"unzip+XmlReader floor: {files.Length} documents, {nodes} nodes, {watch.Elapsed.TotalSeconds:0.000} s in process");
    }

    /// <summary>The floor over every document on every core, as <see cref="HarvestFolderEveryCore"/> harvests them.</summary>
    public static void FloorFolderEveryCore(string directory)
    {
        var watch = Stopwatch.StartNew();
        var files = Directory.GetFiles(directory, "*.docx");
        long nodes = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => Interlocked.Add(ref nodes, Floor(f)));
        Console.WriteLine($"unzip+XmlReader floor, {Environment.ProcessorCount} cores: {files.Length} documents, {nodes} nodes, {watch.Elapsed.TotalSeconds:0.000} s in process");
    }

    /// <summary>
    /// In process, warm: harvest and the floor of one document alternately, rounds times each, and the ratio of the medians.
    /// </summary>
    public static void InProcess(string document, int rounds)
    {
        var bytes = File.ReadAllBytes(document);
        var harvest = new List<double>();
        var floor = new List<double>();
        for (var i = 0; i < 20; i++) { PlanDocumentReader.Read(bytes, document); Floor(document); }
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            PlanDocumentReader.Read(bytes, document);
            harvest.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            Floor(document);
            floor.Add(watch.Elapsed.TotalMilliseconds);
        }
        var h = Median(harvest);
        var f = Median(floor);
        Console.WriteLine($"in process, {Path.GetFileName(document)}: harvest median {h:0.00} ms, floor median {f:0.00} ms, ratio {h / f:0.00}x");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
