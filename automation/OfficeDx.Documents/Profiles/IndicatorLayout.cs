namespace OfficeDx.Documents.Profiles;

/// <summary>How the indicator row of a measure table is laid out.</summary>
public enum IndicatorLayout
{
    /// <summary>One sentence per indicator, values in parentheses (Akita, Katagami).</summary>
    Sentence,
    /// <summary>A table of indicator / baseline / target (Hachinohe's KPI table).</summary>
    Table,
}
