namespace OfficeDx.Documents.Ooxml;

/// <summary>Names a paragraph's place by the content controls around it and inside it: measure:m-01/overview, measure:m-01 or area:a-1.</summary>
internal static class ControlPlaces
{
    private const string FieldPrefix = "odx:field:";
    private const string NameField = FieldPrefix + "name";

    /// <summary>
    /// The place, or null when no measure, completed measure or area control is around the paragraph or inside it. The controls
    /// around it come first (a table, a field's cell), then those inside it: the measure's number and name are inline controls on
    /// one line (named for the name), and so is each line of the 実施済みの施策 list, a (completed) measure of its own.
    /// </summary>
    /// <param name="around">The tags of the controls around the paragraph, innermost first.</param>
    /// <param name="inline">The tags of the controls that are the paragraph's children, in order.</param>
    public static string? Of(IEnumerable<string> around, IReadOnlyList<string> inline)
    {
        string? measure = null, field = null, area = null;
        foreach (var tag in around.Concat(inline.Where(t => t == NameField)).Concat(inline.Where(t => t != NameField)))
        {
            if (field is null && tag.StartsWith(FieldPrefix, StringComparison.Ordinal)) field = tag[FieldPrefix.Length..];
            else if (measure is null && tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal)) measure = tag[Tags.MeasurePrefix.Length..];
            else if (measure is null && tag.StartsWith(Tags.CompletedPrefix, StringComparison.Ordinal)) measure = tag[Tags.CompletedPrefix.Length..];
            else if (area is null && tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal)) area = tag[Tags.AreaPrefix.Length..];
        }
        if (measure is not null) return field is null ? $"measure:{measure}" : $"measure:{measure}/{field}";
        return area is null ? null : $"area:{area}";
    }
}
