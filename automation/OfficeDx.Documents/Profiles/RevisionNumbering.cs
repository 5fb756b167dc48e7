namespace OfficeDx.Documents.Profiles;

/// <summary>What a revised edition does with the numbers of an area that a measure left (finished, moved away or removed).</summary>
public enum RevisionNumbering
{
    /// <summary>Measures that stay keep their numbers and the gap stays (other documents may cite the old numbers).</summary>
    KeepGaps,
    /// <summary>The area's measures still under way are numbered again from the first, consecutively in document order.</summary>
    Renumber,
}
