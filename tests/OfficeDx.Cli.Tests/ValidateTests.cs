using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx validate: the Open XML SDK validator's verdict, with the part and XPath of each error.</summary>
[TestClass]
public sealed class ValidateTests
{
    [TestMethod]
    public void GeneratedDocumentHasNoValidationErrors()
    {
        using var temp = new TempDirectory();
        var docx = Generate(temp);

        var result = OfficedxProcess.Run(temp.Path, "validate", docx);

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "plan.docx", "エラーはありません");
    }

    [TestMethod]
    public void SchemaErrorIsReportedWithItsPartAndXPathAndExitCodeOne()
    {
        using var temp = new TempDirectory();
        var docx = Generate(temp);
        // A paragraph inside a measure table's grid, deep in content controls: something Word itself would refuse to open.
        WordEdits.Edit(docx, body => WordEdits.Measure(body, "akita-1-03").Descendants<TableGrid>().Single().Append(new Paragraph(WordEdits.Run("壊れた段落"))));

        var result = OfficedxProcess.Run(temp.Path, "validate", docx);

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "NG plan.docx: 1 件のエラー");
        // The part and the whole XPath on one line, however long: a script can pick them out of a redirected log.
        Assert.MatchesRegex(@"(?m)^\s+/word/document\.xml /w:document\[1\]/w:body\[1\]/\S*w:sdt\[\d+\]/\S*w:tblGrid\[1\]: \S", result.StdOut, result.ToString());
        Assert.IsFalse(result.StdOut.Contains("エラーはありません", StringComparison.Ordinal), result.ToString());
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void ValidatingSeveralDocumentsReportsEachAndFailsIfAnyHasErrors()
    {
        using var temp = new TempDirectory();
        var good = Generate(temp);
        var bad = temp.File("bad.docx");
        File.Copy(good, bad);
        WordEdits.Edit(bad, body => body.Descendants<TableGrid>().First().Append(new Paragraph()));

        var result = OfficedxProcess.Run(temp.Path, "validate", good, bad);

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "OK plan.docx: エラーはありません", "NG bad.docx", "/word/document.xml");
    }

    private static string Generate(TempDirectory temp)
    {
        var docx = temp.File("plan.docx");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx));
        return docx;
    }
}
