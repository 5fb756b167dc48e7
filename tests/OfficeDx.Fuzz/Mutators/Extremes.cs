namespace OfficeDx.Fuzz.Mutators;

/// <summary>The values that break readers: overflowing numbers and references, paths that point at the server, text past every limit.</summary>
public static class Extremes
{
    public static readonly string[] Numbers =
        ["0", "-1", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "99999999999999999999999", "1e309", "-1e309",
         "NaN", "Infinity", "1.5", "-0", "0x10", "１２３", "1,000", " 7 ", ""];

    public static readonly string[] RowNumbers = ["2147483647", "2147483648", "4294967295", "0", "-1", "1048577", "99999999999", "1e3", "", "x"];

    public static readonly string[] CellReferences =
        ["AAAAAAAAAAAAAAAA5", "XFE1", "XFD1048577", "A0", "A2147483648", "A-1", "ZZZZZZZ1", "1A", "", "A1:B2", "$A$1", "ａ１"];

    /// <summary>Profile names and paths a document or request might try to make the server open.</summary>
    public static readonly string[] ProfileNames =
        ["../../../../etc/passwd", "/etc/passwd", "/etc/hostname.json", "../profiles/akita.json", "akita.json", "\\\\attacker.example\\share\\p.json",
         "file:///etc/passwd", "C:\\Windows\\win.ini", "nonexistent", "", " akita", "AKITA", "hachinohe", "katagami"];

    public static readonly string[] Years = ["令和99999年度", "令和0年度", "R-1", "平成元年度", "明治1年度", "2147483648年度", "２０２２年度", "令和年度", "昭和64年度"];

    public static readonly string[] TagSuffixes =
        ["", ":", "::", "odx:measure:", "odx:measure:" + new string('9', 300), "odx:phase:99999", "odx:phase:-1", "odx:phase:2147483648", "odx:field:",
         "odx:field:nonexistent", "odx:area:", "odx:plan:", "odx:kpi:target:", "odx:kpi:target:1e309", "odx:completed:", "odx:note:schedule", "odx:term:"];

    public static string LongText(Random random) => new(random.Next(2) == 0 ? '施' : 'a', random.Next(2) == 0 ? 40_000 : 1_000_000);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
