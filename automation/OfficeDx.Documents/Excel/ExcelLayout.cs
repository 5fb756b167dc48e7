namespace OfficeDx.Documents.Excel;

/// <summary>Where the template puts things: sheet names, header rows and fixed column labels, shared by the writer and the collector.</summary>
public static class ExcelLayout
{
    public const string InstructionsSheet = "記入要領";
    public const string MeasuresSheet = "施策";
    public const string IndicatorsSheet = "指標";
    public const string TermsSheet = "用語";
    /// <summary>The veryHidden sheet holding the plan id, edition and department the workbook was made for.</summary>
    public const string MarkerSheet = "odx_marker";

    /// <summary>Row 1 is the sheet title, row 2 a one-line hint, row 3 the header; data starts on row 4.</summary>
    public const int HeaderRow = 3;
    public const int FirstDataRow = 4;

    /// <summary>Blank rows offered on 施策 for proposing new measures, and on 用語 for proposing terms.</summary>
    public const int ProposalRows = 10;
    public const int TermRows = 30;

    public const string MeasureIdHeader = "施策ID";
    public const string AreaHeader = "分野";
    public const string NumberHeader = "番号";
    public const string IndicatorNumberHeader = "指標番号";
    public const string IndicatorNameHeader = "指標名";
    public const string UnitHeader = "単位";
    public const string BaselineYearHeader = "基準年度";
    public const string BaselineValueHeader = "基準値";
    public const string TargetYearHeader = "目標年度";
    public const string TargetValueHeader = "目標値";
    public const string ActualSuffix = "実績";
    public const string TermHeader = "用語";
    public const string ReadingHeader = "よみがな";
    public const string DefinitionHeader = "解説";

    /// <summary>Marker cells: B1 plan id, B2 edition, B3 department, B4 format version; D/E list the areas offered for new measures.</summary>
    public const string FormatVersion = "1";
    public const string AreasName = "odx_areas";

    /// <summary>施策: a row is its 施策ID (blank in a proposal row) under a 分野; id and number are the plan's, 分野 too but in a proposal row.</summary>
    public static SheetLayout Measures { get; } = new(MeasuresSheet, [MeasureIdHeader, AreaHeader], [MeasureIdHeader, AreaHeader, NumberHeader])
    {
        YearSuffix = "",
        OpenInProposalRows = [AreaHeader],
    };

    /// <summary>指標: a row is a measure's indicator by number; everything but the actuals is the plan's, for reference.</summary>
    public static SheetLayout Indicators { get; } = new(IndicatorsSheet, [MeasureIdHeader, IndicatorNumberHeader],
        [MeasureIdHeader, IndicatorNumberHeader, IndicatorNameHeader, UnitHeader, BaselineYearHeader, BaselineValueHeader, TargetYearHeader, TargetValueHeader])
    {
        YearSuffix = ActualSuffix,
        MeasureNameLocked = true,
    };

    /// <summary>用語: a row is a proposed term; nothing is locked.</summary>
    public static SheetLayout Terms { get; } = new(TermsSheet, [TermHeader], []);

    /// <summary>The sheets a department fills, in the workbook's order; both readers read these and only these.</summary>
    public static IReadOnlyList<SheetLayout> DataSheets { get; } = [Measures, Indicators, Terms];

    /// <summary>The headers of 用語, in column order.</summary>
    public static IReadOnlyList<string> TermHeaders { get; } = [TermHeader, ReadingHeader, DefinitionHeader];

    /// <summary>Separators accepted between departments in one cell; the template writes the first.</summary>
    public static readonly char[] DepartmentSeparators = ['、', '，', ','];
}
