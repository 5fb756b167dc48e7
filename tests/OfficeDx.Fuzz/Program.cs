using System.Globalization;
using System.Text.Json;
using OfficeDx.Fuzz.Mutators;
using OfficeDx.Fuzz.Running;

// officedx-fuzz run --count N [--seed S] [--from F] [--minutes M] [--budget-ms 2000] [--memory-mb 1024] [--work DIR] [--summary FILE]
// officedx-fuzz input --seed S --index N --out FILE [--work DIR]      (writes input N of a run, for a regression test)
// officedx-fuzz one --seed S --index N [--work DIR]                   (runs input N as a worker does: verdict, wall time, memory)
// officedx-fuzz worker …                                               (started by run)
var command = args.Length > 0 ? args[0] : "";
string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
long Number(string name, long fallback) => long.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var seed = (int)Number("--seed", 1);
var work = Path.GetFullPath(Option("--work", Path.Combine(Path.GetTempPath(), $"officedx-fuzz-{seed}")));
var corpusFolder = Path.Combine(work, "corpus");
var budget = TimeSpan.FromMilliseconds(Number("--budget-ms", 2000));
var memoryLimit = Number("--memory-mb", 1024) << 20;

switch (command)
{
    case "run":
        {
            Console.SetOut(TextWriter.Null);
            if (!File.Exists(Path.Combine(corpusFolder, "terms.json")))
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
                Corpus.Build(corpusFolder);
            }
            Bombs.Prepare(Path.Combine(corpusFolder, "bombs"));
            var report = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
            var minutes = Number("--minutes", 0);
            var settings = new FuzzSettings(seed, Number("--from", 0), Number("--count", 1000), work, budget, memoryLimit)
            {
                TimeLimit = minutes > 0 ? TimeSpan.FromMinutes(minutes) : null,
            };
            var tally = await new Supervisor(settings).RunAsync(report);
            var json = JsonSerializer.Serialize(tally, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var summary = Option("--summary", Path.Combine(work, "summary.json"));
            File.WriteAllText(summary, json);
            if (tally.StoppedAtTimeLimit) report.WriteLine($"stopped at the time limit ({minutes} min) after {tally.Inputs} of {settings.Count} inputs");
            report.WriteLine($"inputs {tally.Inputs}: accepted {tally.Accepted}, refused cleanly {tally.Refused}, bugs {tally.Bugs}, timeouts over {budget.TotalSeconds:0.#} s {tally.Timeouts}");
            report.WriteLine($"peak memory: worker {tally.PeakWorkerBytes >> 20} MB, officedx process {tally.PeakProcessBytes >> 20} MB ({tally.ProcessRuns} process runs); slowest input {tally.SlowestInputMs:0} ms; {tally.ElapsedSeconds:0} s; worker restarts {tally.WorkerRestarts}");
            foreach (var finding in tally.Findings.Take(40))
                report.WriteLine($"  {finding.Outcome} #{finding.Index} {finding.Kind} {finding.Target} [{finding.Mutation}] {finding.Detail}");
            report.WriteLine($"summary: {summary}");
            return tally.Clean ? 0 : 1;
        }
    case "worker":
        {
            var corpus = Corpus.Open(corpusFolder);
            Bombs.Load(Path.Combine(corpusFolder, "bombs"));
            var worker = new Worker(corpus, new InputGenerator(corpus, seed), new WorkerSettings(work, budget, memoryLimit));
            return await worker.RunAsync(Number("--from", 0), Number("--to", 0));
        }
    case "one":
        {
            var corpus = File.Exists(Path.Combine(corpusFolder, "terms.json")) ? Corpus.Open(corpusFolder) : Corpus.Build(corpusFolder);
            Bombs.Prepare(Path.Combine(corpusFolder, "bombs"));
            Bombs.Load(Path.Combine(corpusFolder, "bombs"));
            var report = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
            var worker = new Worker(corpus, new InputGenerator(corpus, seed), new WorkerSettings(work, budget, memoryLimit));
            return await worker.RunOneAsync(Number("--index", 0), report);
        }
    case "input":
        {
            var corpus = File.Exists(Path.Combine(corpusFolder, "terms.json")) ? Corpus.Open(corpusFolder) : Corpus.Build(corpusFolder);
            Bombs.Prepare(Path.Combine(corpusFolder, "bombs"));
            Bombs.Load(Path.Combine(corpusFolder, "bombs"));
            var input = new InputGenerator(corpus, seed).Create(Number("--index", 0));
            File.WriteAllBytes(Option("--out", "fuzz-input.bin"), input.Bytes);
            Console.WriteLine(input);
            return 0;
        }
    default:
        Console.Error.WriteLine("使い方: run --count N [--seed S] | input --seed S --index N --out FILE | one --seed S --index N");
        return 2;
}
