using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Profiles;

/// <summary>
/// What of a plan a profile's measure table has no row for: written with that profile, it would not be in the document.
/// The generate command reports these before writing, so that nothing is lost without a word.
/// </summary>
public static class ProfileCoverage
{
    /// <summary>Each piece of the plan the profile cannot show, with its JSON path and the row it would need.</summary>
    public static IReadOnlyList<(string Path, string Message)> Unshown(Plan plan, Profile profile)
    {
        var shown = profile.Rows.Select(r => r.Field).ToHashSet();
        var unshown = new List<(string, string)>();
        void Visit(Area area, string path)
        {
            for (var i = 0; i < area.Measures.Count; i++)
            {
                var measure = area.Measures[i];
                var at = $"{path}.measures[{i}]";
                void Check(bool present, MeasureField field, string json, string what)
                {
                    if (present && !shown.Contains(field))
                        unshown.Add(($"{at}.{json}", $"施策「{measure.Name}」の{what}は、プロファイル {profile.Name} の施策表に行（{json}）が無いため文書に載りません。"));
                }
                Check(measure.Issues is not null, MeasureField.Issues, "issues", "課題");
                Check(measure.MainActions.Count > 0, MeasureField.MainActions, "mainActions", "主な取組");
                Check(measure.Schedule.Count > 0, MeasureField.Schedule, "schedule", "スケジュール");
                Check(measure.Tracks.Count > 0, MeasureField.Schedule, "tracks", "工程表のバー");
                Check(measure.Indicators.Count > 0, MeasureField.Indicators, "indicators", "評価指標");
                Check(measure.Departments.Count > 0, MeasureField.Departments, "departments", "担当課");
            }
            for (var i = 0; i < area.Areas.Count; i++) Visit(area.Areas[i], $"{path}.areas[{i}]");
        }
        for (var i = 0; i < plan.Areas.Count; i++) Visit(plan.Areas[i], $"$.areas[{i}]");
        return unshown;
    }
}
