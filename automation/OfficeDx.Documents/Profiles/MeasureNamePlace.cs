namespace OfficeDx.Documents.Profiles;

/// <summary>Where a hand-made plan writes a measure's name (JSON key import.nameFrom).</summary>
public enum MeasureNamePlace
{
    /// <summary>In the measure table's name row (施策の名称 / 取組名).</summary>
    Row,
    /// <summary>In the paragraph above the table: a line numbered like hierarchy.measure ((1) …, ①…, 施策1 …), or a heading or bold line; the table has no name row.</summary>
    ParagraphAbove,
}
