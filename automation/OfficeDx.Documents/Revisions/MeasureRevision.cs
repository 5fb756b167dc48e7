using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Revisions;

/// <summary>How one measure changed between two editions.</summary>
/// <remarks><see cref="Renumbered"/> is a measure that stayed in its area under another number; it is not
/// <see cref="Modified"/> unless some other field changed too, so the summary's counts say what the drafters changed.</remarks>
public enum RevisionKind { Modified, Added, Removed, Completed, Moved, Renumbered }

/// <summary>One field of a measure before and after, as people read it.</summary>
public sealed record FieldRevision(string Field, string Before, string After);

/// <summary>Everything that changed about one measure, with where it sits in each edition.</summary>
public sealed record MeasureRevision(string Id, Measure? Before, Measure? After, Area? AreaBefore, Area? AreaAfter, IReadOnlyList<RevisionKind> Kinds, IReadOnlyList<FieldRevision> Fields)
{
    public Area GroupArea => (AreaAfter ?? AreaBefore)!;
    public Measure Current => (After ?? Before)!;
}
