using System.Diagnostics;

namespace OfficeDx.Storage.Tests.Reports;

/// <summary>LibreOffice and poppler, run as a person's machine would (each LibreOffice run with its own profile).</summary>
public static class ReportTools
{
    public static string ConvertToPdf(string docxPath)
    {
        var profile = new Uri(Path.Combine(Path.GetTempPath(), "odx-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", Path.GetDirectoryName(docxPath)!, docxPath]);
        var pdf = Path.ChangeExtension(docxPath, ".pdf");
        Assert.IsTrue(File.Exists(pdf), $"LibreOffice wrote no PDF for {docxPath}");
        return pdf;
    }

    /// <summary>The text of each page of the PDF (pdftotext splits pages with a form feed).</summary>
    public static IReadOnlyList<string> PdfPages(string pdfPath)
    {
        var textPath = Path.ChangeExtension(pdfPath, ".txt");
        Run("pdftotext", ["-enc", "UTF-8", pdfPath, textPath]);
        return File.ReadAllText(textPath).Split('\f');
    }

    public static void PageToPng(string pdfPath, int page, string pngPath, int dpi = 80)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", pdfPath, pngPath[..^".png".Length]]);
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new AssertFailedException($"{program} を起動できません（.ci/run が LibreOffice と poppler-utils を入れます）");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within 3 minutes");
        }
        Assert.AreEqual(0, process.ExitCode, $"{program} failed: {stdout.Result} {stderr.Result}");
    }
}
