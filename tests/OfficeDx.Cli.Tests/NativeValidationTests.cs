using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// `validate` through officedx-validate (the validator compiled ahead of time in a publish; here the same program under the JIT, copied
/// beside officedx.dll) says exactly what validating in process (OFFICEDX_NATIVE_VALIDATE=0) says, failures included.
/// </summary>
[TestClass]
public sealed class NativeValidationTests
{
    private static readonly Dictionary<string, string?> InProcess = new() { ["OFFICEDX_NATIVE_VALIDATE"] = "0" };

    [TestMethod]
    public void TheHelperAndTheInProcessValidatorPrintTheSame()
    {
        using var temp = new TempDirectory();
        var good = Generate(temp);
        var bad = temp.File("bad.docx");
        File.Copy(good, bad);
        WordEdits.Edit(bad, body => body.Descendants<TableGrid>().First().Append(new Paragraph(WordEdits.Run("壊れた段落"))));
        var notZip = temp.File("not-zip.docx");
        File.WriteAllText(notZip, "not a zip");
        var brokenXml = temp.File("broken-xml.docx");
        File.Copy(good, brokenXml);
        DamageStyles(brokenXml);

        string[][] runs =
        [
            [good],
            [bad],
            [good, bad, good],
            // The helper stops at the file it cannot validate; officedx validates it in process and reports it as it always has.
            [bad, notZip, good],
            [brokenXml],
            [temp.File("missing.docx")],
        ];
        foreach (var files in runs)
        {
            var helper = OfficedxProcess.Run(temp.Path, ["validate", .. files]);
            var inProcess = OfficedxProcess.Run(temp.Path, InProcess, ["validate", .. files]);

            Assert.AreEqual(inProcess.ExitCode, helper.ExitCode, helper.ToString());
            Assert.AreEqual(inProcess.StdOut, helper.StdOut, helper.ToString());
            Assert.AreEqual(inProcess.StdErr, helper.StdErr, helper.ToString());
        }
    }

    [TestMethod]
    public void TheHelperAnswersOneJsonLinePerFileAndStopsAtOneItCannotRead()
    {
        using var temp = new TempDirectory();
        var good = Generate(temp);
        var notZip = temp.File("not-zip.docx");
        File.WriteAllText(notZip, "not a zip");
        var helper = Path.Combine(Path.GetDirectoryName(OfficedxProcess.DllPath)!, OperatingSystem.IsWindows() ? "officedx-validate.exe" : "officedx-validate");
        var start = new ProcessStartInfo(helper) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8, UseShellExecute = false };
        foreach (var arg in new[] { "ja-JP", "ja-JP", good, notZip, good }) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.AreEqual(3, process.ExitCode, output);
        Assert.AreEqual("{\"errors\":[]}\n", output);
    }

    /// <summary>styles.xml with an attribute twice: the XML reader refuses the part, and officedx refuses the file (exit code 2).</summary>
    private static void DamageStyles(string docx)
    {
        using var zip = ZipFile.Open(docx, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/styles.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        var at = xml.IndexOf("<w:style ", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, at, "the styles part has no style to damage");
        xml = xml[..at] + "<w:style w:type=\"x\" " + xml[(at + "<w:style ".Length)..];
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/styles.xml").Open());
        writer.Write(xml);
    }

    private static string Generate(TempDirectory temp)
    {
        var docx = temp.File("plan.docx");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx));
        return docx;
    }
}
