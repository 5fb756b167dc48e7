using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;
using OfficeDx.Testing;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>Issue 12: a document never chooses a server path; its profile name resolves among the shipped profiles only.</summary>
[TestClass]
public sealed class HostileProfileTests
{
    /// <summary>A generated Akita document whose odx:profile (document variable and custom property) says <paramref name="profile"/>.</summary>
    public static byte[] DocumentNaming(string profile)
    {
        var plan = Samples.Load("akita");
        var bytes = PlanDocumentWriter.Write(plan, ProfileLibrary.Load("akita"));
        var escaped = System.Security.SecurityElement.Escape(profile);
        bytes = HostileFiles.ReplaceEntry(bytes, "word/settings.xml", xml => xml.Replace("w:name=\"odx:profile\" w:val=\"akita\"", $"w:name=\"odx:profile\" w:val=\"{escaped}\""));
        return HostileFiles.ReplaceEntry(bytes, "docProps/custom.xml", xml => xml.Replace("name=\"odx:profile\"><vt:lpwstr>akita<", $"name=\"odx:profile\"><vt:lpwstr>{escaped}<"));
    }

    [TestMethod]
    public void AProfilePathInADocumentIsNeverOpenedNorQuoted()
    {
        var secret = Path.Combine(Directory.CreateTempSubdirectory("odx-secret-").FullName, "secret.json");
        File.WriteAllText(secret, """{ "name": "DB_PASSWORD=hunter2", "displayName": "DB_PASSWORD=hunter2" }""");
        var bytes = DocumentNaming(secret);
        StringAssert.Contains(HostileFiles.EntryText(bytes, "word/settings.xml"), secret, "the test document must name the path");

        var result = PlanDocumentReader.Read(bytes, "uploaded.docx");

        Assert.AreEqual("akita", result.Plan.Profile);
        var text = string.Join("\n", result.Problems.Select(p => p.Place + " " + p.Message));
        StringAssert.Contains(text, "パスの形をしています");
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain(secret, text);
    }

    [TestMethod]
    [DataRow(@"\\attacker\share\profile.json")]
    [DataRow("../../etc/passwd")]
    [DataRow("C:profile")]
    [DataRow("akita.json")]
    public void PathShapedNamesAreRefusedWithoutTouchingTheFileSystem(string name)
    {
        var e = Assert.Throws<ProfileException>(() => ProfileLibrary.Named(name, "文書の設定 odx:profile"));
        StringAssert.Contains(e.Message, "パスの形をしています");
        Assert.DoesNotContain(name, e.Message);
    }

    [TestMethod]
    public void AShippedNameStillResolves() => Assert.AreEqual("katagami", ProfileLibrary.Named("katagami", "test").Name);

    [TestMethod]
    public void AControlCharacterInAnyProfileWordingIsRefusedNamingItsKey()
    {
        var dir = Directory.CreateTempSubdirectory("odx-control-");
        var path = Path.Combine(dir.FullName, "city.json");
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "templates", "profiles", "akita.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        node["rows"]![0]!["label"] = "施策\u0001名";
        File.WriteAllText(path, node.ToJsonString());

        var error = Assert.ThrowsExactly<ProfileException>(() => ProfileLibrary.Load(path));

        StringAssert.Contains(error.Message, "rows[0].label");
        StringAssert.Contains(error.Message, "制御文字は使えません");
        dir.Delete(recursive: true);
    }

    [TestMethod]
    public void AFlatOpcPartNameThatIsNotAPathIsRefusedInJapaneseNamingIt()
    {
        var flatOpc = FlatOpcPackage.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>",
            "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>").Replace("pkg:name=\"/word/styles.xml\"", "pkg:name=\"odx:phase:-1\"");

        var error = Assert.ThrowsExactly<DocumentOpenException>(() => FlatOpcPackage.ToDocx(flatOpc, "fragment"));

        StringAssert.Contains(error.Message, "パーツ名「odx:phase:-1」は使えません");
        Assert.DoesNotContain("URI", error.Message);
    }

    [TestMethod]
    public void AFlatOpcRelationshipIdThatIsNotAnXmlNameIsRefusedInJapanese()
    {
        // Fuzz run 7, #86845: Id="2147483647" failed only when the package was written: /api/word/fragments/document answered 500.
        var flatOpc = FlatOpcPackage.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>",
            "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>").Replace("Id=\"rIdStyles\"", "Id=\"2147483647\"");
        Assert.Contains("Id=\"2147483647\"", flatOpc);

        var error = Assert.ThrowsExactly<DocumentOpenException>(() => FlatOpcPackage.ToDocx(flatOpc, "fragment"));

        StringAssert.Contains(error.Message, "リレーションシップ");
    }
}
