using OfficeDx.Core.Time;

namespace OfficeDx.Core.Model;

/// <summary>
/// The two forms of a schedule as one: a per-year schedule (<see cref="Measure.Schedule"/>) is one track of one-year
/// spans, each year's caption the text on its bar. Labelled bars (<see cref="Measure.Tracks"/>) are the general form.
/// </summary>
public static class ScheduleBars
{
    /// <summary>The measure's schedule as tracks of bars, whichever form the measure holds it in.</summary>
    public static IReadOnlyList<ScheduleTrack> TracksOf(Measure measure) =>
        measure.Tracks.Count > 0 ? measure.Tracks
        : measure.Schedule.Count == 0 ? []
        : [FromEntries(measure.Schedule)];

    /// <summary>One track with a one-year span per entry.</summary>
    public static ScheduleTrack FromEntries(IEnumerable<ScheduleEntry> entries) => new()
    {
        Spans = entries.OrderBy(e => e.FiscalYear)
            .Select(e => new ScheduleSpan { From = e.FiscalYear, To = e.FiscalYear, Phase = e.Phase, Text = e.Caption ?? "" })
            .ToArray(),
    };

    /// <summary>The per-year form of the tracks, when they are that special case: one track, every span one year long, single-line text.</summary>
    public static bool TryAsEntries(IReadOnlyList<ScheduleTrack> tracks, out IReadOnlyList<ScheduleEntry> entries)
    {
        entries = [];
        if (tracks.Count == 0) return true;
        if (tracks.Count > 1 || tracks[0].Spans.Any(s => s.Length != 1 || s.Text.Contains('\n'))) return false;
        entries = tracks[0].Spans
            .Select(s => new ScheduleEntry { FiscalYear = s.From, Phase = s.Phase, Caption = s.Text.Length == 0 ? null : s.Text })
            .ToArray();
        return true;
    }

    /// <summary>The phase a year has on any track (the first track that covers it), for readers of the per-year view.</summary>
    public static Phase PhaseIn(IReadOnlyList<ScheduleTrack> tracks, FiscalYear year) =>
        tracks.SelectMany(t => t.Spans).FirstOrDefault(s => s.Covers(year) && s.Phase != Phase.None)?.Phase ?? Phase.None;
}
