namespace OfficeDx.Documents.Excel;

/// <summary>What one cell holds as read back: its text (numbers in invariant form), and for numbers the value and whether it was shown as a percentage.</summary>
public sealed record SheetValue(string Text, decimal? Number = null, bool Percent = false, bool Error = false)
{
    public static readonly SheetValue Empty = new("");

    public bool IsBlank => Number is null && !Error && Text.Trim().Length == 0;
}
