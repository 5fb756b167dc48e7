using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;

namespace OfficeDx.Documents.Revisions;

/// <summary>Everything a revision produces: the revised plan and edition, the 新旧対照表 and the change log.</summary>
public sealed record RevisionOutput(Plan Plan, byte[] Document, byte[] Comparison, IReadOnlyList<PlanChange> Changes, string ChangesJson, byte[] ChangesCsv, RevisionSummary Summary)
{
    /// <summary>Writes plan.json, plan.docx, comparison.docx (新旧対照表), changes.json and changes.csv into a folder.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        Core.Validation.PlanFile.Save(Plan, Path.Combine(directory, "plan.json"));
        File.WriteAllBytes(Path.Combine(directory, "plan.docx"), Document);
        File.WriteAllBytes(Path.Combine(directory, "comparison.docx"), Comparison);
        File.WriteAllText(Path.Combine(directory, "changes.json"), ChangesJson);
        File.WriteAllBytes(Path.Combine(directory, "changes.csv"), ChangesCsv);
    }
}
