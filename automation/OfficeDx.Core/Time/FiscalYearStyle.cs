namespace OfficeDx.Core.Time;

/// <summary>How a fiscal year is written in a document.</summary>
public enum FiscalYearStyle
{
    /// <summary>令和3年度 (令和元年度 for year 1).</summary>
    Wareki,
    /// <summary>R3.</summary>
    WarekiAbbreviated,
    /// <summary>2021年度.</summary>
    Western,
    /// <summary>2021（令和3）年度.</summary>
    WesternWithWareki,
}
