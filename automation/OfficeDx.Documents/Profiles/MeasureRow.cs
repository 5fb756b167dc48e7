namespace OfficeDx.Documents.Profiles;

/// <summary>One row of a profile's measure table: which field it shows and the label written in its first cell.</summary>
public sealed record MeasureRow
{
    public MeasureField Field { get; init; }
    public string Label { get; init; } = "";
    /// <summary>Other labels accepted when reading documents typed by hand.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    /// <summary>Whether the row is written even when the field is empty.</summary>
    public bool AlwaysShown { get; init; } = true;
}
