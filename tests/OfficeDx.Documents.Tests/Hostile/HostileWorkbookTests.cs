using System.Text.RegularExpressions;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Tests.Excel;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>Issue 12: rows and columns a workbook chooses are bounded; an over-long cell is refused on reading and cut, visibly, in the report.</summary>
[TestClass]
public sealed class HostileWorkbookTests
{
    private const string File = "企画財政部情報統計課.xlsx";

    /// <summary>The zip entry of a named sheet, found through workbook.xml and its relationships.</summary>
    public static string SheetPart(byte[] xlsx, string sheet)
    {
        var workbook = HostileFiles.EntryText(xlsx, "xl/workbook.xml");
        var id = Regex.Match(workbook, $"<(?:\\w+:)?sheet [^>]*name=\"{sheet}\"[^>]*r:id=\"(?<id>[^\"]+)\"").Groups["id"].Value;
        var rels = HostileFiles.EntryText(xlsx, "xl/_rels/workbook.xml.rels");
        var target = Regex.Match(rels, $"<Relationship [^>]*Target=\"(?<t>[^\"]+)\"[^>]*Id=\"{id}\"|<Relationship [^>]*Id=\"{id}\"[^>]*Target=\"(?<t>[^\"]+)\"").Groups["t"].Value;
        return "xl/" + target.TrimStart('/').Replace("xl/", "");
    }

    private static byte[] MeasuresWithRow(Func<string, string> row)
    {
        var xlsx = ExcelSamples.Workbook(ExcelSamples.Statistics);
        return HostileFiles.WithRows(xlsx, SheetPart(xlsx, ExcelLayout.MeasuresSheet), row);
    }

    [TestMethod]
    public void TheLastPossibleRowNumberIsRefusedNamingTheCellInsteadOfLoopingForever()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"2147483647\"><{p}c r=\"A2147483647\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!A2147483647");
        StringAssert.Contains(e.Reason, "MaxRows = 10,000");
        Assert.IsTrue(e.TooLarge);
    }

    [TestMethod]
    public void ACollectWithTheLastRowNumberEndsWithTheWorkbookRejected()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"2147483647\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var result = ExcelSamples.Collect((File, xlsx));
        var rejected = result.Report.Single(r => r.Status == ReportStatus.Rejected);
        StringAssert.Contains(rejected.Message, $"{ExcelLayout.MeasuresSheet}!A2147483647");
    }

    [TestMethod]
    [DataRow("99999999999")]
    [DataRow("4294967296")]
    [DataRow("184467440737095516160")]
    public void ARowNumberPastUInt32IsRefusedAsPastTheLimitNotAnOverflow(string row)
    {
        // Fuzz seed 1 #31, #798: the SDK's UInt32 conversion threw an OverflowException (exit 70, 500).
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"{row}\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!A{row}");
        StringAssert.Contains(e.Reason, "MaxRows = 10,000");
        Assert.IsTrue(e.TooLarge);
    }

    [TestMethod]
    [DataRow("-1")]
    [DataRow("0")]
    [DataRow("1e5")]
    public void ARowNumberThatIsNotAPositiveIntegerIsRefusedNamingTheSheet(string row)
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"{row}\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, ExcelLayout.MeasuresSheet);
        StringAssert.Contains(e.Reason, "1 以上の整数ではありません");
    }

    [TestMethod]
    public void ACellReferenceWithARowPastUInt32IsRefusedNamingTheCell()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"50\"><{p}c r=\"B99999999999\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!B99999999999");
        StringAssert.Contains(e.Reason, "A1～XFD1048576");
    }

    [TestMethod]
    public void AStyleIndexPastUInt32IsADamagedWorkbookNotAnOverflow()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"50\"><{p}c r=\"B50\" s=\"99999999999\"><{p}v>1</{p}v></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, "読み取れません");
        Assert.IsFalse(e.TooLarge);
    }

    [TestMethod]
    public void AColumnReferenceThatWouldOverflowIsRefusedNamingTheCell()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"5000\"><{p}c r=\"AAAAAAAAAAAAAAAA5\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!AAAAAAAAAAAAAAAA5");
        StringAssert.Contains(e.Reason, "A1～XFD1048576");
    }

    [TestMethod]
    public void AColumnPastTheLimitIsRefusedNamingTheCell()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"5000\"><{p}c r=\"XFD5000\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!XFD5000");
        StringAssert.Contains(e.Reason, "MaxColumns = 1,000");
    }

    [TestMethod]
    public void AMillionCharacterCellIsRefusedAtExcelsOwnLimit()
    {
        var xlsx = MeasuresWithRow(p => $"<{p}row r=\"5000\"><{p}c r=\"B5000\" t=\"inlineStr\"><{p}is><{p}t>{new string('長', 1_000_000)}</{p}t></{p}is></{p}c></{p}row>");
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(xlsx, File));
        StringAssert.Contains(e.Reason, $"{ExcelLayout.MeasuresSheet}!B5000");
        StringAssert.Contains(e.Reason, "1,000,000");
        StringAssert.Contains(e.Reason, "MaxCellCharacters = 32,767");
    }

    [TestMethod]
    public void AReportCellPastExcelsLimitIsCutWithAVisibleNoteAndTheSummarySaysSo()
    {
        var entry = new ReportEntry { Status = ReportStatus.Conflict, File = File, Field = "概要", Original = new string('元', 1_000_000), Value = "短い", Message = "競合" };
        var xlsx = CollectReportWriter.Xlsx([entry]);
        var sheet = WorkbookFile.Read(xlsx, "report.xlsx").Sheet("回収結果")!;
        var original = sheet[7, ExcelLayout.FirstDataRow].Text;
        Assert.AreEqual(CollectReportWriter.CellLimit, original.Length);
        StringAssert.EndsWith(original, "全文は .json か .csv の報告にあります］");
        StringAssert.Contains(original, "1,000,000 文字");
        StringAssert.Contains(sheet[1, 2].Text, "1 個のセルは末尾を省略しました");
        Assert.AreEqual("短い", sheet[8, ExcelLayout.FirstDataRow].Text);
    }

    [TestMethod]
    public void ADeflateBombNamedXlsxIsStoppedAtThePartLimit()
    {
        var e = Assert.Throws<WorkbookOpenException>(() => WorkbookFile.Read(HostileFiles.DeflateBomb(60L * 1024 * 1024), File));
        StringAssert.Contains(e.Reason, "MaxPartBytes");
        Assert.IsTrue(e.TooLarge);
    }
}
