using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reading;

/// <summary>Reads one tagged measure table back into a measure; what a person typed in the cells wins.</summary>
internal sealed class MeasureTableReader(Profile profile)
{
    private static readonly char[] DepartmentSeparators = ['、', '，', ',', '\n'];

    /// <summary>Returns the measure, or null with the reasons when the table is too damaged to trust.</summary>
    public Measure? Read(string id, XElement control, MeasureState state, string place, List<DocumentProblem> problems) =>
        Read(id, TreeMeasureControl.Inside(control), state, place, problems);

    /// <summary>Reads the measure from the tagged controls inside its table, in document order.</summary>
    public Measure? Read(string id, IReadOnlyList<MeasureControl> tagged, MeasureState state, string place, List<DocumentProblem> problems)
    {
        // The first control of each tag, as a search in document order finds it.
        var byTag = new Dictionary<string, MeasureControl>(tagged.Count, StringComparer.Ordinal);
        foreach (var control in tagged) byTag.TryAdd(control.Tag, control);
        MeasureControl? Find(string tag) => byTag.GetValueOrDefault(tag);
        var damage = new List<string>();

        var nameControl = Find(Tags.Field(MeasureField.Name));
        if (nameControl is null) damage.Add($"「{profile.Row(MeasureField.Name).Label}」の欄が見つかりません");
        var name = nameControl is null ? "" : nameControl.Text.Trim();
        if (nameControl is not null && name.Length == 0) damage.Add($"「{profile.Row(MeasureField.Name).Label}」が空です");

        var overviewControl = Find(Tags.Field(MeasureField.Overview));
        if (overviewControl is null) damage.Add($"「{profile.Row(MeasureField.Overview).Label}」の欄が見つかりません");

        var schedule = new List<ScheduleEntry>();
        foreach (var phaseControl in tagged)
        {
            if (!Tags.TryYearAfter(phaseControl.Tag, Tags.PhasePrefix, out var year)) continue;
            var text = phaseControl.Text;
            if (!PhaseNames.TryParse(text, out var phase))
            {
                damage.Add($"{year.Format(profile.FiscalYearStyle)}の工程「{text}」は読めません（使えるのは 準備・検討、実施、継続実施 または空欄）");
                continue;
            }
            var caption = Find(Tags.Caption(year)) is { } captionControl ? captionControl.Text.Trim() : null;
            if (phase != Phase.None || !string.IsNullOrEmpty(caption))
                schedule.Add(new ScheduleEntry { FiscalYear = year, Phase = phase, Caption = string.IsNullOrEmpty(caption) ? null : caption });
        }

        var tracks = Tracks(tagged, damage);
        if (tracks.Count > 0 && schedule.Count > 0) damage.Add("工程表に年度ごとの工程とバーの両方があります");

        if (damage.Count > 0)
        {
            problems.AddRange(damage.Select(d => new DocumentProblem(place, d + "。この施策は読み込みませんでした。")));
            return null;
        }

        return new Measure
        {
            Id = id,
            Number = Find(Tags.MeasureNumber) is { } numberControl ? numberControl.Text.Trim() : null,
            Name = name,
            State = state,
            Issues = Find(Tags.Field(MeasureField.Issues)) is { } issues ? CellText(issues) : null,
            Overview = CellText(overviewControl!),
            MainActions = Find(Tags.Field(MeasureField.MainActions)) is { } actions ? Bullets(actions) : [],
            Schedule = schedule.OrderBy(e => e.FiscalYear).ToArray(),
            Tracks = tracks,
            Indicators = Find(Tags.Field(MeasureField.Indicators)) is { } indicators ? Indicators(indicators) : [],
            Departments = Find(Tags.Field(MeasureField.Departments)) is { } departments ? Departments(departments) : [],
            Notes = Notes(tagged),
        };
    }

    /// <summary>
    /// The labelled bars: each table row holding bar controls is one track. A bar is found by its text control or by its
    /// phase control (a bar without text may lose its empty text control in LibreOffice); the tags give the years.
    /// </summary>
    private IReadOnlyList<ScheduleTrack> Tracks(IReadOnlyList<MeasureControl> tagged, List<string> damage)
    {
        var bars = new List<(object? Row, string Years, FiscalYear From, FiscalYear To, MeasureControl? Text, MeasureControl? Phase)>();
        foreach (var control in tagged)
        {
            var tag = control.Tag;
            var isText = Tags.TryBarYears(tag, Tags.BarPrefix, out var from, out var to);
            if (!isText && !Tags.TryBarYears(tag, Tags.BarPhasePrefix, out from, out to)) continue;
            var row = control.Row;
            var years = tag[(tag.IndexOf(':', Tags.Prefix.Length) + 1)..];
            var index = bars.FindIndex(b => b.Row == row && b.Years == years);
            if (index < 0) bars.Add((row, years, from, to, isText ? control : null, isText ? null : control));
            else bars[index] = isText ? bars[index] with { Text = bars[index].Text ?? control } : bars[index] with { Phase = bars[index].Phase ?? control };
        }

        var tracks = new List<(object? Row, List<ScheduleSpan> Spans)>();
        foreach (var bar in bars)
        {
            var phase = Phase.None;
            if (bar.Phase is { } phaseControl && !PhaseNames.TryParse(phaseControl.Text, out phase))
            {
                damage.Add($"{bar.From.Format(profile.FiscalYearStyle)}～{bar.To.Format(profile.FiscalYearStyle)}のバーの工程「{phaseControl.Text}」は読めません（使えるのは 準備・検討、実施、継続実施 または空欄）");
                continue;
            }
            var text = (bar.Text ?? bar.Phase!).BarText;
            var track = tracks.FirstOrDefault(t => t.Row == bar.Row);
            if (track.Spans is null) tracks.Add(track = (bar.Row, []));
            track.Spans.Add(new ScheduleSpan { From = bar.From, To = bar.To, Phase = phase, Text = text });
        }
        return tracks.Select(t => new ScheduleTrack { Spans = t.Spans.OrderBy(s => s.From).ToArray() }).ToArray();
    }

    /// <summary>The paragraphs of the field's cell, except revision notes: text typed next to the control counts too.</summary>
    private static string CellText(MeasureControl control) => string.Join("\n", control.CellLines);

    private IReadOnlyList<string> Bullets(MeasureControl control) => control.CellLines
        .Select(line => line.StartsWith(profile.BulletPrefix, StringComparison.Ordinal) ? line[profile.BulletPrefix.Length..] : line)
        .Select(line => line.Trim())
        .Where(line => line.Length > 0)
        .ToArray();

    private static IReadOnlyList<string> Departments(MeasureControl control) => string.Join("\n", control.CellLines)
        .Split(DepartmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<Indicator> Indicators(MeasureControl control)
    {
        var indicators = new List<Indicator>();
        foreach (var unit in control.IndicatorUnits)
        {
            if (unit.Name.Length == 0) continue;
            IndicatorValue? baseline = null;
            var targets = new List<IndicatorValue>();
            var actuals = new List<IndicatorValue>();
            foreach (var (tag, text) in unit.Values)
            {
                var value = text.Trim();
                if (value.Length == 0) continue;
                if (Tags.TryYearAfter(tag, Tags.KpiBaselinePrefix, out var year)) baseline = new IndicatorValue { FiscalYear = year, Value = value };
                else if (Tags.TryYearAfter(tag, Tags.KpiTargetPrefix, out year)) targets.Add(new IndicatorValue { FiscalYear = year, Value = value });
                else if (Tags.TryYearAfter(tag, Tags.KpiActualPrefix, out year)) actuals.Add(new IndicatorValue { FiscalYear = year, Value = value });
            }
            indicators.Add(new Indicator { Name = unit.Name, Baseline = baseline, Targets = targets, Actuals = actuals });
        }
        return indicators;
    }

    private static IReadOnlyList<RevisionNote> Notes(IReadOnlyList<MeasureControl> tagged)
    {
        var notes = new List<RevisionNote>();
        foreach (var control in tagged)
        {
            if (!Tags.TryNoteKind(control.Tag, out var kind)) continue;
            var text = control.NoteText.Trim();
            if (text.Length > 0) notes.Add(new RevisionNote { Kind = kind, Text = text });
        }
        // Name notes sit in the name row, above the overview: list them first, as the plan model orders them.
        return notes.OrderBy(n => n.Kind == RevisionNoteKind.Name ? 0 : 1).ToArray();
    }
}
