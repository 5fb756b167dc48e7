using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Revisions;

/// <summary>Makes the next edition of a plan from the year's changes: the revised document, its 新旧対照表 and the change log.</summary>
public static class EditionReviser
{
    /// <summary>
    /// The ※ notes are worded as the profile says, new measures are numbered in its style and the glossary is refreshed,
    /// so the change log takes <paramref name="current"/> to exactly the plan the revised document holds.
    /// </summary>
    public static RevisionOutput Revise(Plan current, Plan changed, string edition, Profile profile, RestructureMapping? mapping = null)
    {
        var templates = profile.RevisionNotes.RequireTemplates(profile.Name);
        var target = mapping?.Apply(changed) ?? changed;
        var noted = PlanReviser.Revise(current, target, edition, PlanReviser.ResultsYear(edition), profile.FiscalYearStyle, templates);
        var numbered = NewMeasureNumbers.Assign(current, noted, profile.Hierarchy);
        var problems = PlanValidator.Validate(numbered);
        if (problems.Count > 0) throw new PlanFileException($"改訂版（{edition}）", problems);

        var (document, revised) = RevisedGlossary.Refresh(PlanDocumentWriter.Write(numbered, profile), numbered, profile.Glossary);
        var summary = RevisionSummary.Create(current, revised, profile.FiscalYearStyle);
        return new RevisionOutput(
            revised,
            document,
            ComparisonDocumentWriter.Write(current, revised, summary, profile),
            summary.Changes,
            ChangeLogFiles.ToJson(summary.Changes),
            ChangeLogFiles.ToCsv(summary.Changes, current, revised, profile.FiscalYearStyle),
            summary);
    }
}
