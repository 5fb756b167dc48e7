using System.Globalization;

namespace OfficeDx.Documents.Excel;

/// <summary>A1-style cell addresses: column letters ⇄ numbers, and the Sheet!B7 form used in every report.</summary>
public static class CellReference
{
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Place(string sheet, int column, int row) => $"{sheet}!{Of(column, row)}";

    /// <summary>Splits B7 into column 2, row 7; false for anything that is not a plain A1 address.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference)) return false;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i])) column = column * 26 + (reference[i++] - 'A' + 1);
        return i > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
