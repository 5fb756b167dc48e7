using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Revisions;

/// <summary>The measures that changed between two editions, in the new edition's order, with counts for the 新旧対照表's summary.</summary>
public sealed record RevisionSummary(IReadOnlyList<MeasureRevision> Measures, IReadOnlyList<PlanChange> Changes)
{
    public int Count(RevisionKind kind) => Measures.Count(m => m.Kinds.Contains(kind));
    public int FieldCount => Measures.Sum(m => m.Fields.Count);

    private const string NumberField = "number";
    private static readonly string[] ComparedFields = [NumberField, "name", "issues", "overview", "mainActions", "schedule", "indicators", "departments", "notes"];

    public static RevisionSummary Create(Plan before, Plan after, FiscalYearStyle style)
    {
        var changes = PlanComparer.Compare(before, after);
        var oldPlaces = Places(before);
        var newPlaces = Places(after);
        var byMeasure = changes.Where(c => c.Target == ChangeTarget.Measure).ToLookup(c => c.Id!);
        var ids = newPlaces.Keys.Concat(oldPlaces.Keys.Where(id => !newPlaces.ContainsKey(id))).ToArray();

        var revisions = new List<MeasureRevision>();
        foreach (var id in ids)
        {
            var (oldMeasure, oldArea) = oldPlaces.TryGetValue(id, out var o) ? o : (null, null);
            var (newMeasure, newArea) = newPlaces.TryGetValue(id, out var n) ? n : (null, null);
            var kinds = new List<RevisionKind>();
            if (oldMeasure is null) kinds.Add(RevisionKind.Added);
            else if (newMeasure is null) kinds.Add(RevisionKind.Removed);
            else
            {
                if (oldArea!.Id != newArea!.Id) kinds.Add(RevisionKind.Moved);
                if (newMeasure.State == MeasureState.Completed && oldMeasure.State != MeasureState.Completed) kinds.Add(RevisionKind.Completed);
            }
            var fields = new List<FieldRevision>();
            if (oldMeasure is not null && newMeasure is not null && newMeasure.State != MeasureState.Completed)
            {
                // A moved measure's new number is part of the move (the 新旧対照表 shows it in the move's row), not an edit of its content.
                var moved = kinds.Contains(RevisionKind.Moved);
                foreach (var change in byMeasure[id].Where(c => ComparedFields.Contains(c.Field) && !(moved && c.Field == NumberField)).OrderBy(c => Array.IndexOf(ComparedFields, c.Field)))
                    fields.Add(new FieldRevision(change.Field, FieldText.Of(change.Field, change.Before, style), FieldText.Of(change.Field, change.After, style)));
                if (fields.Any(f => f.Field == NumberField)) kinds.Add(RevisionKind.Renumbered);
                if (fields.Any(f => f.Field != NumberField)) kinds.Insert(0, RevisionKind.Modified);
            }
            if (kinds.Count > 0) revisions.Add(new MeasureRevision(id, oldMeasure, newMeasure, oldArea, newArea, kinds, fields));
        }
        return new RevisionSummary(revisions, changes);
    }

    private static Dictionary<string, (Measure Measure, Area Area)> Places(Plan plan) =>
        plan.AllAreas().SelectMany(a => a.Measures.Select(m => (m, a))).ToDictionary(p => p.m.Id, p => (p.m, p.a), StringComparer.Ordinal);
}
