using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// The template's cell styles: grey locked cells and white unlocked ones (sheet protection stops edits only where a cell is locked),
/// a header style, and one number style per indicator unit so a typed 31 shows as "31 手続".
/// </summary>
internal sealed class TemplateStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Locked = 3;
    public const uint Editable = 4;
    public const uint EditableNumber = 5;
    public const uint Wrapped = 6;
    private const uint FirstUnitStyle = 7;
    private const uint FirstCustomFormat = 164;

    private readonly List<string> unitFormats = [];

    /// <summary>True for the styles that wrap text, whose rows are sized to it.</summary>
    public static bool Wraps(uint style) => style is Header or Locked or Editable or Wrapped;

    /// <summary>The style for an editable number shown with its unit, registering the format on first use.</summary>
    public uint EditableNumberIn(IndicatorUnit unit)
    {
        if (unit.NumberFormatCode is not { } code) return EditableNumber;
        var index = unitFormats.IndexOf(code);
        if (index < 0)
        {
            unitFormats.Add(code);
            index = unitFormats.Count - 1;
        }
        return FirstUnitStyle + (uint)index;
    }

    public Stylesheet Build()
    {
        var numberFormats = new NumberingFormats(unitFormats.Select((code, i) =>
            new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = code }));
        numberFormats.Count = (uint)unitFormats.Count;

        var fonts = new Fonts(
            Font(11, bold: false),
            Font(14, bold: true),
            Font(11, bold: true))
        { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDEBF7"),
            Solid("FFF2F2F2"))
        { Count = 4 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };

        var formats = new List<CellFormat>
        {
            new() { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new() { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Cell(font: 2, fill: 2, locked: true, wrap: true, numberFormat: 0, center: true),
            Cell(font: 0, fill: 3, locked: true, wrap: true, numberFormat: 0),
            Cell(font: 0, fill: 0, locked: false, wrap: true, numberFormat: 0),
            Cell(font: 0, fill: 0, locked: false, wrap: false, numberFormat: 0),
            new() { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
        };
        formats.AddRange(unitFormats.Select((_, i) => Cell(font: 0, fill: 0, locked: false, wrap: false, numberFormat: FirstCustomFormat + (uint)i)));

        var stylesheet = new Stylesheet();
        if (unitFormats.Count > 0) stylesheet.Append(numberFormats);
        stylesheet.Append(
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "標準", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = "游ゴシック" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } };

    private static CellFormat Cell(uint font, uint fill, bool locked, bool wrap, uint numberFormat, bool center = false) => new(
        new Alignment { WrapText = wrap ? true : null, Vertical = center ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top },
        new Protection { Locked = locked })
    {
        FontId = font,
        FillId = fill,
        BorderId = 1,
        FormatId = 0,
        NumberFormatId = numberFormat,
        ApplyFont = true,
        ApplyFill = true,
        ApplyBorder = true,
        ApplyAlignment = true,
        ApplyProtection = true,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
    };
}
