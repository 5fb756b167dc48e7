using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// What `excel template` may write at once, checked before any workbook is built: department names short enough to be file
/// names, and departments × measures within <see cref="InputLimits.MaxTemplateMeasureRows"/> (3,261 departments × 374 measures
/// once ran a process out of memory).
/// </summary>
public static class TemplateBounds
{
    /// <summary>Every bound the plan breaks for these departments, each naming its place in the plan and the limit; empty when within them.</summary>
    public static IReadOnlyList<PlanProblem> Problems(Plan plan, IReadOnlyCollection<string> departments)
    {
        var limits = InputLimits.Current;
        var problems = new List<PlanProblem>();
        var wanted = departments.ToHashSet(StringComparer.Ordinal);
        var rows = 0L;
        foreach (var measure in plan.AllMeasures().Where(m => m.State != MeasureState.Completed))
        {
            var names = measure.Departments.Distinct(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < names.Length; i++)
            {
                if (!wanted.Contains(names[i])) continue;
                rows++;
                if (names[i].Length > limits.MaxDepartmentNameCharacters && problems.Count < 10)
                    problems.Add(new PlanProblem($"施策 {measure.Id} の departments",
                        $"担当課の名前「{ShortQuote.Of(names[i])}」が {Count(names[i].Length)} 文字あり、様式のファイル名にできる{InputLimits.Name(nameof(InputLimits.MaxDepartmentNameCharacters), limits.MaxDepartmentNameCharacters)} 文字を超えています。"));
            }
        }
        if (rows > limits.MaxTemplateMeasureRows)
            problems.Add(new PlanProblem("$.areas",
                $"担当課 {Count(wanted.Count)} 課の様式に施策の行が合わせて {Count(rows)} 行あり、一度に作れる{InputLimits.Name(nameof(InputLimits.MaxTemplateMeasureRows), limits.MaxTemplateMeasureRows)} 行を超えています（--department で課を分けて作るか、上限を設定 {InputLimits.Section} で変えてください）。"));
        return problems;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
