using System.Collections.Concurrent;
using System.Diagnostics;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Revisions;

/// <summary>How one batch job ended.</summary>
public sealed record BatchResult(BatchJob Job, int Measures, int Changes, TimeSpan Elapsed, string? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>Runs a batch manifest in parallel; a failing job is reported and the others still finish.</summary>
public static class BatchRunner
{
    /// <summary>
    /// Runs every job. <paramref name="loadPlan"/> reads a job's plan (a plan.json unless given); it may throw
    /// <see cref="FormatException"/> to fail that job alone.
    /// </summary>
    public static IReadOnlyList<BatchResult> Run(BatchManifest manifest, Action<BatchResult>? finished = null, Func<string, Plan>? loadPlan = null)
    {
        var results = new ConcurrentDictionary<int, BatchResult>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = manifest.Parallelism > 0 ? manifest.Parallelism : Environment.ProcessorCount };
        Parallel.For(0, manifest.Jobs.Count, options, i =>
        {
            var result = RunJob(manifest.Jobs[i], loadPlan);
            results[i] = result;
            finished?.Invoke(result);
        });
        return Enumerable.Range(0, manifest.Jobs.Count).Select(i => results[i]).ToArray();
    }

    public static BatchResult RunJob(BatchJob job, Func<string, Plan>? loadPlan = null)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var plan = (loadPlan ?? PlanFile.Load)(job.Plan);
            var profile = job.Profile is { } given ? ProfileLibrary.Load(given) : ProfileLibrary.Named(plan.Profile, "計画ファイルの $.profile");
            if (job.Changes is null)
            {
                Directory.CreateDirectory(job.Out);
                PlanDocumentWriter.Write(plan, profile, Path.Combine(job.Out, "plan.docx"));
                return new BatchResult(job, plan.AllMeasures().Count(), 0, watch.Elapsed, null);
            }
            var changed = PlanFile.Load(job.Changes);
            var mapping = job.Mapping is null ? null : RestructureMapping.Load(job.Mapping);
            var output = EditionReviser.Revise(plan, changed, job.Edition!, profile, mapping);
            output.WriteTo(job.Out);
            return new BatchResult(job, output.Plan.AllMeasures().Count(), output.Changes.Count, watch.Elapsed, null);
        }
        catch (Exception e) when (e is PlanFileException or ProfileException or UnreadableFileException or GlossaryDocumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            return new BatchResult(job, 0, 0, watch.Elapsed, e.Message);
        }
    }
}
