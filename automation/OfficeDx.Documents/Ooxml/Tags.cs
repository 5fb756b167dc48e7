using System.Collections.Frozen;
using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Ooxml;

/// <summary>The content-control tags that make every generated element findable again.</summary>
public static class Tags
{
    public const string Prefix = "odx:";
    public const string PlanPrefix = "odx:plan:";
    public const string AreaPrefix = "odx:area:";
    public const string MeasurePrefix = "odx:measure:";
    public const string CompletedPrefix = "odx:completed:";
    public const string PhasePrefix = "odx:phase:";
    public const string CaptionPrefix = "odx:caption:";
    public const string NotePrefix = "odx:note:";
    public const string BarPrefix = "odx:bar:";
    public const string BarPhasePrefix = "odx:bar-phase:";
    public const string KpiBaselinePrefix = "odx:kpi:baseline:";
    public const string KpiTargetPrefix = "odx:kpi:target:";
    public const string KpiActualPrefix = "odx:kpi:actual:";

    public const string PlanMunicipality = "odx:plan-field:municipality";
    public const string PlanTitle = "odx:plan-field:title";
    public const string PlanEdition = "odx:plan-field:edition";
    public const string PlanFrom = "odx:plan-field:from";
    public const string PlanTo = "odx:plan-field:to";
    public const string AreaNumber = "odx:area-field:number";
    public const string AreaTitle = "odx:area-field:title";
    public const string MeasureNumber = "odx:field:number";
    public const string KpiName = "odx:kpi:name";
    public const string Indicator = "odx:indicator";

    public static string Plan(string id) => PlanPrefix + id;
    public static string Area(string id) => AreaPrefix + id;
    public static string Measure(string id) => MeasurePrefix + id;
    public static string Completed(string id) => CompletedPrefix + id;
    public static string Field(MeasureField field) => FieldTags.TryGetValue(field, out var tag) ? tag : "odx:field:" + JsonName(field.ToString());

    // Looked up for every measure a harvest reads: made once.
    private static readonly FrozenDictionary<MeasureField, string> FieldTags =
        Enum.GetValues<MeasureField>().ToFrozenDictionary(field => field, field => "odx:field:" + JsonName(field.ToString()));
    public static string Phase(FiscalYear year) => PhasePrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);
    public static string Caption(FiscalYear year) => CaptionPrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);
    public static string Bar(ScheduleSpan span) => BarPrefix + Years(span);
    public static string BarPhase(ScheduleSpan span) => BarPhasePrefix + Years(span);
    private static string Years(ScheduleSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.From.StartYear}-{span.To.StartYear}");

    /// <summary>Reads the years of a bar tag (odx:bar:2022-2024).</summary>
    public static bool TryBarYears(string tag, string prefix, out FiscalYear from, out FiscalYear to)
    {
        from = to = default;
        if (!tag.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var parts = tag[prefix.Length..].Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first is < FiscalYear.MinYear or > FiscalYear.MaxYear
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last is < FiscalYear.MinYear or > FiscalYear.MaxYear)
            return false;
        (from, to) = (new FiscalYear(first), new FiscalYear(last));
        return true;
    }

    public static string Note(RevisionNoteKind kind) => NotePrefix + JsonName(kind.ToString());
    public static string KpiBaseline(FiscalYear year) => KpiBaselinePrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);
    public static string KpiTarget(FiscalYear year) => KpiTargetPrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);
    public static string KpiActual(FiscalYear year) => KpiActualPrefix + year.StartYear.ToString(CultureInfo.InvariantCulture);

    public static bool TryYearAfter(string tag, string prefix, out FiscalYear year)
    {
        year = default;
        if (!tag.StartsWith(prefix, StringComparison.Ordinal)) return false;
        if (!int.TryParse(tag.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y is < FiscalYear.MinYear or > FiscalYear.MaxYear) return false;
        year = new FiscalYear(y);
        return true;
    }

    public static bool TryNoteKind(string tag, out RevisionNoteKind kind)
    {
        kind = default;
        return tag.StartsWith(NotePrefix, StringComparison.Ordinal)
            && Enum.TryParse(tag[NotePrefix.Length..], ignoreCase: true, out kind);
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
