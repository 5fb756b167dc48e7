using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// One data sheet of a department workbook, as the template writes it and as both readers (the plan-aware collector and the
/// store's plan-less reader) expect it: its name, the headers that identify a row (a sheet without them is not read), the
/// columns copied from the plan and locked, and how its fiscal-year columns are headed.
/// </summary>
public sealed record SheetLayout(string Name, IReadOnlyList<string> KeyHeaders, IReadOnlyList<string> LockedHeaders)
{
    /// <summary>What follows the fiscal year in a year column's header (実績 on 指標), or null for a sheet without year columns.</summary>
    public string? YearSuffix { get; init; }

    /// <summary>Locked headers a department fills in a proposal row: a new measure needs its 分野.</summary>
    public IReadOnlyList<string> OpenInProposalRows { get; init; } = [];

    /// <summary>Whether the measure's name column (headed by the profile's label) is locked too: it is on 指標, where it is only a reference.</summary>
    public bool MeasureNameLocked { get; init; }

    public bool IsLocked(string header, Profile profile, bool proposalRow = false) =>
        (LockedHeaders.Contains(header, StringComparer.Ordinal) || (MeasureNameLocked && header == profile.Row(MeasureField.Name).Label))
        && !(proposalRow && OpenInProposalRows.Contains(header, StringComparer.Ordinal));

    /// <summary>The fiscal year a header names (令和7年度 on 施策, 令和7年度実績 on 指標).</summary>
    public bool TryParseYear(string header, out FiscalYear year)
    {
        year = default;
        return YearSuffix is { } suffix && header.EndsWith(suffix, StringComparison.Ordinal) && FiscalYear.TryParse(header[..^suffix.Length], out year);
    }
}
