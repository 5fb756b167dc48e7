using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// The import report as files: report.json for programs and a readable .txt beside it, each finding with its place and kind
/// (読み込まなかった = lost, 推測で読んだ = uncertain). Only lost findings make the import fail (exit 1).
/// </summary>
public static class ImportReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>True when the plan lost something (a table, paragraph, cell or term not read), not only readings by a guess.</summary>
    public static bool HasLosses(ImportResult result) => result.Unplaced.Any(p => p.Kind == DocumentProblemKind.Lost);

    public static string KindLabel(DocumentProblemKind kind) => kind switch
    {
        DocumentProblemKind.Lost => "読み込まなかった",
        DocumentProblemKind.Uncertain => "推測で読んだ",
        _ => "計画の外として読み飛ばした",
    };

    private static string KindKey(DocumentProblemKind kind) => kind switch
    {
        DocumentProblemKind.Lost => "lost",
        DocumentProblemKind.Uncertain => "uncertain",
        _ => "skipped",
    };

    /// <summary>How many measures (not finished ones, which are listed by name only) have each field empty.</summary>
    public static IReadOnlyDictionary<string, int> EmptyFields(IReadOnlyList<Core.Model.Measure> measures)
    {
        var open = measures.Where(m => m.State != Core.Model.MeasureState.Completed).ToArray();
        return new Dictionary<string, int>
        {
            ["概要"] = open.Count(m => m.Overview.Length == 0),
            ["主な取組"] = open.Count(m => m.MainActions.Count == 0),
            ["スケジュール"] = open.Count(m => m.Schedule.Count == 0 && m.Tracks.Count == 0),
            ["指標"] = open.Count(m => m.Indicators.Count == 0),
            ["担当課"] = open.Count(m => m.Departments.Count == 0),
        };
    }

    /// <summary>Writes <paramref name="jsonPath"/> and the same report as text (same name, .txt); returns the text file's path.</summary>
    public static string Write(ImportResult result, string source, string jsonPath)
    {
        var plan = result.Plan;
        var measures = plan.AllMeasures().ToArray();
        var report = new
        {
            source,
            profile = result.Profile.Name,
            profileReason = result.ProfileReason,
            counts = new
            {
                areas = plan.AllAreas().Count(),
                measures = measures.Length,
                bars = measures.Sum(m => m.Tracks.Sum(t => t.Spans.Count)),
                indicators = measures.Sum(m => m.Indicators.Count),
                glossaryTerms = plan.Glossary.Count,
                lost = result.Unplaced.Count(p => p.Kind == DocumentProblemKind.Lost),
                uncertain = result.Unplaced.Count(p => p.Kind == DocumentProblemKind.Uncertain),
                skipped = result.Unplaced.Count(p => p.Kind == DocumentProblemKind.Skipped),
                emptyFields = EmptyFields(measures),
            },
            findings = result.Unplaced.Select(p => new { kind = KindKey(p.Kind), place = p.Place, message = p.Message }),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(jsonPath))!);
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Json) + "\n");

        var text = new StringBuilder();
        text.AppendLine($"取り込みの報告: {source}");
        text.AppendLine($"プロファイル: {result.Profile.Name}（{result.ProfileReason}）");
        text.AppendLine($"分野 {report.counts.areas} 件、施策 {report.counts.measures} 件、バー {report.counts.bars} 本、指標 {report.counts.indicators} 件、用語 {report.counts.glossaryTerms} 件");
        text.AppendLine($"読み込まなかった箇所 {report.counts.lost} 件、推測で読んだ箇所 {report.counts.uncertain} 件、計画の外として読み飛ばした箇所 {report.counts.skipped} 件");
        text.AppendLine($"空の欄: {string.Join("、", report.counts.emptyFields.Select(f => $"{f.Key} {f.Value} 件"))}");
        foreach (var kind in new[] { DocumentProblemKind.Lost, DocumentProblemKind.Uncertain, DocumentProblemKind.Skipped })
        {
            var found = result.Unplaced.Where(p => p.Kind == kind).ToArray();
            if (found.Length == 0) continue;
            text.AppendLine().AppendLine($"■ {KindLabel(kind)}（{found.Length} 件）");
            foreach (var problem in found) text.AppendLine($"・{problem.Place}: {problem.Message}");
        }
        var textPath = Path.ChangeExtension(jsonPath, ".txt");
        File.WriteAllText(textPath, text.ToString());
        return textPath;
    }
}
