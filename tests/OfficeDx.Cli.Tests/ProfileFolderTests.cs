using System.Text.Json.Nodes;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>A municipality's own profile in the configured folder (OfficeDx:ProfilesFolder) is used by name, without a rebuild.</summary>
[TestClass]
public sealed class ProfileFolderTests
{
    [TestMethod]
    public void APlanNamingAProfileOfTheConfiguredFolderIsWrittenAndHarvestedInIt()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("profiles")).FullName;
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "templates", "profiles", "katagami.json")))!;
        profile["name"] = "yurihonjo";
        profile["displayName"] = "由利本荘市の取組表";
        File.WriteAllText(Path.Combine(folder, "yurihonjo.json"), profile.ToJsonString());
        var plan = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SamplePlan("katagami")))!;
        plan["profile"] = "yurihonjo";
        File.WriteAllText(temp.File("plan.json"), plan.ToJsonString());
        File.WriteAllText(temp.File("appsettings.json"), $$"""{ "OfficeDx": { "ProfilesFolder": {{System.Text.Json.JsonSerializer.Serialize(folder)}} } }""");

        var generated = OfficedxProcess.Run(temp.Path, "generate", "--plan", "plan.json", "--out", "plan.docx");
        CliAssert.ExitCode(CliAssert.Success, generated);
        var harvested = OfficedxProcess.Run(temp.Path, "harvest", "plan.docx", "--out", "back.json");
        CliAssert.ExitCode(CliAssert.Success, harvested);
        Assert.AreEqual("yurihonjo", JsonNode.Parse(File.ReadAllText(temp.File("back.json")))!["profile"]!.GetValue<string>());

        // Without the setting the name is unknown: the profile really comes from the folder.
        File.Delete(temp.File("appsettings.json"));
        CliAssert.ExitCode(CliAssert.BadInput, OfficedxProcess.Run(temp.Path, "generate", "--plan", "plan.json", "--out", "other.docx"));
    }
}
