using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Excel;

/// <summary>Assembles sheets into an .xlsx package with explicit relationship ids and fixed zip times, so the same sheets give the same bytes.</summary>
internal static class WorkbookPackage
{
    public static byte[] Write(IReadOnlyList<SheetSpec> sheets, TemplateStyles styles, IEnumerable<DefinedName> names, string title, string subject)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids everywhere: the SDK's own are random and would change the bytes on every run.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var spec = sheets[i];
                var relationshipId = $"rId{i + 1}";
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
                worksheetPart.Worksheet = BuildWorksheet(spec, worksheetPart, selected: i == 0);
                sheetList.Append(new Sheet
                {
                    Name = spec.Name,
                    SheetId = (uint)(i + 1),
                    Id = relationshipId,
                    State = spec.Hidden ? SheetStateValues.VeryHidden : null,
                });
                if (spec.PrintTitleRow is { } titleRow)
                    definedNames.Append(new DefinedName($"'{spec.Name}'!${titleRow}:${titleRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
            foreach (var name in names) definedNames.Append(name);

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>($"rId{sheets.Count + 1}");
            stylesPart.Stylesheet = styles.Build();
            var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
            if (definedNames.HasChildren) workbook.Append(definedNames);
            workbook.Append(new CalculationProperties { CalculationId = 191029 });
            workbookPart.Workbook = workbook;
            CoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rIdCore"), title, subject);
        }
        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static Worksheet BuildWorksheet(SheetSpec spec, WorksheetPart part, bool selected)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetViews(View(spec, selected)));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 18.75 });
        if (spec.Cells.Columns() is { } columns) worksheet.Append(columns);
        worksheet.Append(spec.Cells.Data());
        if (spec.Protected)
        {
            // No password: the protection guards against slips, not people; formatting rows, columns and filtering stay allowed.
            worksheet.Append(new SheetProtection
            {
                Sheet = true,
                Objects = true,
                Scenarios = true,
                FormatColumns = false,
                FormatRows = false,
                AutoFilter = false,
            });
        }
        if (spec.Validations.Count > 0)
            worksheet.Append(new DataValidations(spec.Validations) { Count = (uint)spec.Validations.Count });
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new DocumentFormat.OpenXml.Spreadsheet.PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        worksheet.Append(new HeaderFooter(new OddFooter("&C&P / &N ページ")));
        if (spec.Table is { } table)
        {
            var tablePart = part.AddNewPart<TableDefinitionPart>("rId1");
            tablePart.Table = BuildTable(spec, table.Name, table.LastColumn, table.LastRow);
            worksheet.Append(new TableParts(new TablePart { Id = "rId1" }) { Count = 1 });
        }
        return worksheet;
    }

    private static SheetView View(SheetSpec spec, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null, ZoomScale = 90, ZoomScaleNormal = 90 };
        if (spec.FrozenRows == 0 && spec.FrozenColumns == 0) return view;
        var topLeft = CellReference.Of(spec.FrozenColumns + 1, spec.FrozenRows + 1);
        var pane = spec.FrozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
        view.Append(new Pane
        {
            HorizontalSplit = spec.FrozenColumns > 0 ? spec.FrozenColumns : null,
            VerticalSplit = spec.FrozenRows,
            TopLeftCell = topLeft,
            ActivePane = pane,
            State = PaneStateValues.Frozen,
        });
        view.Append(new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        return view;
    }

    private static Table BuildTable(SheetSpec spec, string name, int lastColumn, int lastRow)
    {
        var reference = $"A{ExcelLayout.HeaderRow}:{CellReference.Of(lastColumn, lastRow)}";
        var headers = Enumerable.Range(1, lastColumn).Select(c => spec.Cells.TextAt(c, ExcelLayout.HeaderRow)
            ?? throw new InvalidOperationException($"{spec.Name}: header of column {c} is empty")).ToArray();
        return new Table(
            new AutoFilter { Reference = reference },
            new TableColumns(headers.Select((h, i) => new TableColumn { Id = (uint)(i + 1), Name = h })) { Count = (uint)headers.Length },
            new TableStyleInfo { Name = "TableStyleLight1", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = false, ShowColumnStripes = false })
        {
            Id = 1,
            Name = name,
            DisplayName = name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }
}
