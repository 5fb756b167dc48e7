using System.Globalization;

namespace OfficeDx.Documents.Excel;

/// <summary>A1-style cell addresses: column letters ⇄ numbers, and the Sheet!B7 form used in every report.</summary>
public static class CellReference
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Place(string sheet, int column, int row) => $"{sheet}!{Of(column, row)}";

    /// <summary>Splits B7 into column 2, row 7; false for anything that is not a plain A1 address inside Excel's grid (A1…XFD1048576).</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference)) return false;
        var i = 0;
        // At most three letters: a longer run would overflow the column number (AAAAAAAAAAAAAAAA5 once did).
        while (i < reference.Length && i < 4 && char.IsAsciiLetterUpper(reference[i])) column = column * 26 + (reference[i++] - 'A' + 1);
        return i > 0 && column <= MaxColumn
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row is > 0 and <= MaxRow;
    }
}
