using System.Diagnostics;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>Runs LibreOffice and poppler as a person's machine would: real programs, each LibreOffice run with its own profile.</summary>
public static class ExternalTools
{
    public static string ConvertToPdf(string docxPath)
    {
        var outDir = Path.GetDirectoryName(docxPath)!;
        var profile = new Uri(Path.Combine(Path.GetTempPath(), "odx-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", outDir, docxPath],
            "LibreOffice（soffice）が必要です: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var pdf = Path.ChangeExtension(docxPath, ".pdf");
        Assert.IsTrue(File.Exists(pdf), $"LibreOffice wrote no PDF for {docxPath}");
        return pdf;
    }

    /// <summary>The PDF's text; with <paramref name="layout"/> in the page's physical layout (pdftotext -layout), so a footnote's mark stays on its line.</summary>
    public static string PdfText(string pdfPath, bool layout = false)
    {
        var textPath = Path.ChangeExtension(pdfPath, ".txt");
        Run("pdftotext", layout ? ["-layout", "-enc", "UTF-8", pdfPath, textPath] : ["-enc", "UTF-8", pdfPath, textPath], "pdftotext が必要です: apt-get install poppler-utils");
        return File.ReadAllText(textPath);
    }

    /// <summary>Opens a .docx in LibreOffice and saves it again as .docx (into a sub-folder, since the name stays the same).</summary>
    public static string ResaveAsDocx(string docxPath)
    {
        var outDir = Path.Combine(Path.GetDirectoryName(docxPath)!, "resaved");
        Directory.CreateDirectory(outDir);
        var profile = new Uri(Path.Combine(Path.GetTempPath(), "odx-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", outDir, docxPath],
            "LibreOffice（soffice）が必要です: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var resaved = Path.Combine(outDir, Path.GetFileName(docxPath));
        Assert.IsTrue(File.Exists(resaved), $"LibreOffice wrote no .docx for {docxPath}");
        return resaved;
    }

    /// <summary>Opens several .docx files in one LibreOffice run and saves each again as .docx into a sub-folder; answers the new paths in order.</summary>
    public static IReadOnlyList<string> ResaveAllAsDocx(IReadOnlyList<string> docxPaths)
    {
        var outDir = Path.Combine(Path.GetDirectoryName(docxPaths[0])!, "resaved");
        Directory.CreateDirectory(outDir);
        var profile = new Uri(Path.Combine(Path.GetTempPath(), "odx-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", outDir, .. docxPaths],
            "LibreOffice（soffice）が必要です: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var resaved = docxPaths.Select(p => Path.Combine(outDir, Path.GetFileName(p))).ToArray();
        foreach (var path in resaved) Assert.IsTrue(File.Exists(path), $"LibreOffice wrote no .docx for {path}");
        return resaved;
    }

    public static void PdfPageToPng(string pdfPath, int page, string pngPrefix, int dpi = 110) =>
        Run("pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdfPath, pngPrefix],
            "pdftoppm が必要です: apt-get install poppler-utils");

    private static void Run(string program, string[] arguments, string missingHint)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail(missingHint);
            throw;
        }
        using (process)
        {
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
}
