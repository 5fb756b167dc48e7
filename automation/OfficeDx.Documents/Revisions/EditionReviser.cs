using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Word;

namespace OfficeDx.Documents.Revisions;

/// <summary>Makes the next edition of a plan from the year's changes: the revised document, its 新旧対照表 and the change log.</summary>
public static class EditionReviser
{
    public static RevisionOutput Revise(Plan current, Plan changed, string edition, Profile profile, RestructureMapping? mapping = null)
    {
        var target = mapping?.Apply(changed) ?? changed;
        var revised = PlanReviser.Revise(current, target, edition, PlanReviser.ResultsYear(edition), profile.FiscalYearStyle, new RevisionNoteTemplates());
        var problems = PlanValidator.Validate(revised);
        if (problems.Count > 0) throw new PlanFileException($"改訂版（{edition}）", problems);

        var summary = RevisionSummary.Create(current, revised, profile.FiscalYearStyle);
        return new RevisionOutput(
            revised,
            PlanDocumentWriter.Write(revised, profile),
            ComparisonDocumentWriter.Write(current, revised, summary, profile),
            summary.Changes,
            ChangeLogFiles.ToJson(summary.Changes),
            ChangeLogFiles.ToCsv(summary.Changes, current, revised, profile.FiscalYearStyle),
            summary);
    }
}
