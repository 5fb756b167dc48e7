using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Revisions;

/// <summary>Turns the year's changes into the next edition: ※ notes in place, finished measures listed by name, new measures after the divider.</summary>
public static class PlanReviser
{
    /// <summary>The revised plan. <paramref name="resultsYear"/> is the fiscal year whose results the notes refer to (令和4年度 for a March 2023 revision).</summary>
    public static Plan Revise(Plan current, Plan changed, string edition, FiscalYear resultsYear, FiscalYearStyle style, RevisionNoteTemplates templates)
    {
        var previous = current.AllMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var year = resultsYear.Format(style);

        Measure Revise(Measure measure)
        {
            if (!previous.TryGetValue(measure.Id, out var before))
                return measure.State == MeasureState.Active ? measure with { State = MeasureState.Added } : measure;
            if (measure.State == MeasureState.Completed)
                return new Measure { Id = measure.Id, Name = measure.Name, State = MeasureState.Completed };

            var notes = measure.Notes.ToList();
            void Note(RevisionNoteKind kind)
            {
                var text = templates.Write(kind, year);
                // A note the department already wrote for this revision (same kind, same results year) is kept as written.
                if (!notes.Any(n => n.Kind == kind && (n.Text == text || n.Text.Contains(year, StringComparison.Ordinal))))
                    notes.Add(new RevisionNote { Kind = kind, Text = text });
            }
            if (measure.Name != before.Name) Note(RevisionNoteKind.Name);
            if (measure.Overview != before.Overview) Note(RevisionNoteKind.Overview);
            if (!measure.Schedule.SequenceEqual(before.Schedule) || !SameTracks(measure.Tracks, before.Tracks)) Note(RevisionNoteKind.Schedule);
            return measure with { Notes = notes.OrderBy(n => n.Kind == RevisionNoteKind.Name ? 0 : 1).ToArray() };
        }

        Area ReviseArea(Area area)
        {
            var measures = area.Measures.Select(Revise).ToArray();
            // The document order: original measures still under way, then those added in revisions, then the finished ones.
            var ordered = measures.Where(m => m.State == MeasureState.Active)
                .Concat(measures.Where(m => m.State == MeasureState.Added))
                .Concat(measures.Where(m => m.State == MeasureState.Completed)).ToArray();
            return area with { Measures = ordered, Areas = area.Areas.Select(ReviseArea).ToArray() };
        }

        return changed with { Edition = edition, Areas = changed.Areas.Select(ReviseArea).ToArray() };
    }

    private static bool SameTracks(IReadOnlyList<ScheduleTrack> left, IReadOnlyList<ScheduleTrack> right) =>
        left.Count == right.Count && left.Zip(right).All(pair => pair.First.Spans.SequenceEqual(pair.Second.Spans));

    /// <summary>The fiscal year whose results a revision dated in this edition reports: the year the edition's month falls in.</summary>
    public static FiscalYear ResultsYear(string edition) =>
        EditionDate.TryParse(edition, out var date)
            ? FiscalYear.Containing(date)
            : throw new FormatException($"版「{edition}」から改訂の年月を読み取れません（例：令和5年3月改訂）。");
}
