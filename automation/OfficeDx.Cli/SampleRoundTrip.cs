using System.Diagnostics;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Cli;

/// <summary>The outcome of generating one sample and harvesting it back.</summary>
internal sealed record SampleOutcome(string Name, int Measures, int ValidationErrors, IReadOnlyList<string> Differences, IReadOnlyList<DocumentProblem> Problems, TimeSpan Elapsed, string? Failure)
{
    public bool Passed => Failure is null && ValidationErrors == 0 && Differences.Count == 0 && Problems.Count == 0;
}

/// <summary>Generates a sample plan to .docx, validates it, harvests it and compares the result with the original.</summary>
internal static class SampleRoundTrip
{
    public static SampleOutcome Run(FileInfo planFile, DirectoryInfo outputRoot)
    {
        var name = planFile.Directory!.Name;
        var watch = Stopwatch.StartNew();
        try
        {
            var plan = PlanFile.Load(planFile.FullName);
            var profile = ProfileLibrary.Named(plan.Profile, "計画ファイルの $.profile");
            var bytes = PlanDocumentWriter.Write(plan, profile);
            var outDir = Directory.CreateDirectory(Path.Combine(outputRoot.FullName, name));
            var docx = Path.Combine(outDir.FullName, "plan.docx");
            File.WriteAllBytes(docx, bytes);
            var errors = DocumentValidation.Validate(bytes, docx);
            var harvest = PlanDocumentReader.Read(bytes, docx);
            var harvestedJson = PlanJson.Serialize(harvest.Plan);
            File.WriteAllText(Path.Combine(outDir.FullName, "plan.harvested.json"), harvestedJson);
            var differences = LineDiff(PlanJson.Serialize(plan), harvestedJson);
            return new SampleOutcome(name, plan.AllMeasures().Count(), errors.Count, differences, harvest.Problems, watch.Elapsed, null);
        }
        catch (Exception e) when (e is PlanFileException or Documents.Ooxml.UnreadableFileException or ProfileException or IOException)
        {
            return new SampleOutcome(name, 0, 0, [], [], watch.Elapsed, e.Message);
        }
    }

    /// <summary>The lines that differ between two JSON texts, first ten shown.</summary>
    internal static IReadOnlyList<string> LineDiff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var differences = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && differences.Count < 10; i++)
        {
            var left = i < a.Length ? a[i] : "(なし)";
            var right = i < b.Length ? b[i] : "(なし)";
            if (left != right) differences.Add($"{i + 1}行目: 元 {left.Trim()} / 回収 {right.Trim()}");
        }
        return differences;
    }
}
