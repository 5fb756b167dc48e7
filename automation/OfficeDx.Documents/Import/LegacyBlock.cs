namespace OfficeDx.Documents.Import;

/// <summary>
/// A top-level piece of a document typed by hand: a paragraph (with its style id; <paramref name="Emphasized"/> when it is a
/// heading style or all bold) or a table already expanded to a grid.
/// </summary>
internal sealed record LegacyBlock(int Index, string? Text, string? StyleId, LegacyTable? Table, bool Emphasized = false)
{
    public bool IsTable => Table is not null;
}
