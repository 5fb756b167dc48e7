using System.IO.Compression;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx profile check: a city's profile tried on its document — what was read, which fields stayed empty, every table or paragraph left unread.</summary>
[TestClass]
public sealed class ProfileCheckTests
{
    [TestMethod]
    public void A_fitting_profile_reads_every_measure_and_exits_0()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "katagami", RepositoryFiles.Seed("katagami-dx-plan-2023.txt"));

        CliAssert.ExitCode(0, result);
        CliAssert.StdOutContains(result, "施策 38 件", "空の欄", "読み込まなかった表・段落はありません");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void A_profile_whose_labels_do_not_fit_lists_every_table_left_unread_and_exits_1()
    {
        using var temp = new TempDirectory();
        // Hachinohe's profile knows none of Katagami's row labels except a few synonyms: its measure tables are left unread.
        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "hachinohe", RepositoryFiles.Seed("katagami-dx-plan-2023.txt"));

        CliAssert.ExitCode(1, result);
        CliAssert.StdOutContains(result, "読み込まなかった表・段落", "番目の表");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void A_missing_document_is_bad_input_in_japanese()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "katagami", temp.File("none.docx"));

        CliAssert.ExitCode(2, result);
        CliAssert.StdErrContains(result, "ファイルが見つかりません");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void Infer_proposes_a_profile_from_the_katagami_text_and_imports_every_measure_with_it()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "infer", RepositoryFiles.Seed("katagami-dx-plan-2023.txt"), "--out", "city.json");

        CliAssert.StdOutContains(result, "プロファイルを提案しました", "取組名（name）", "施策 38 件", "空の欄");
        CliAssert.NoStackTrace(result);
        StringAssert.Contains(File.ReadAllText(temp.File("city.json")), "\"name\": \"city\"");
    }

    [TestMethod]
    public void Infer_on_a_missing_document_is_bad_input_in_japanese()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "infer", temp.File("none.docx"), "--out", "city.json");

        CliAssert.ExitCode(2, result);
        CliAssert.StdErrContains(result, "ファイルが見つかりません");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void Infer_on_a_document_with_a_million_character_row_label_lists_it_quoted_to_its_start()
    {
        // Fuzz run 6, #22091: a row label replaced by 1,000,000 characters was printed whole, twice: 2.1 s and a megabyte of output.
        using var temp = new TempDirectory();
        var document = temp.File("huge-label.docx");
        File.Copy(Path.Combine(RepositoryFiles.Root, "templates", "examples", "legacy-plan.docx"), document);
        using (var zip = ZipFile.Open(document, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var label = xml.IndexOf(">これまでの課題<", StringComparison.Ordinal);
            Assert.IsGreaterThan(0, label, "the example has no これまでの課題 row label to replace");
            xml = string.Concat(xml.AsSpan(0, label + 1), new string('あ', 1_000_000), xml.AsSpan(label + 1 + "これまでの課題".Length));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }

        var result = OfficedxProcess.Run(temp.Path, "profile", "infer", document, "--out", "city.json");

        CliAssert.ExitCode(1, result);
        CliAssert.StdOutContains(result, "読み込まなかった表・段落", "見出し「" + new string('あ', 40) + "…」");
        Assert.IsLessThan(20_000, result.StdOut.Length, result.StdOut[..Math.Min(2_000, result.StdOut.Length)]);
        CliAssert.NoStackTrace(result);
    }
}
