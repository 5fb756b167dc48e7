using NJsonSchema;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>Profiles by name from folders: the shipped ones, a folder given on the command line or in OFFICEDX_PROFILES, the configured one, templates/profiles.</summary>
[TestClass]
[DoNotParallelize]
public sealed class ProfileFolderTests
{
    private static string ProfileSchema => Path.Combine(RepositoryFiles.Root, "templates", "schema", "profile.schema.json");

    private const string CityProfile = """
        { "name": "%NAME%", "displayName": "見出しの下に表がある市", "rows": [ { "field": "name", "label": "施策名" }, { "field": "overview", "label": "概要" } ], "scheduleStyle": "bars" }
        """;

    private static string FolderWith(string name)
    {
        var dir = Directory.CreateTempSubdirectory("odx-profiles-");
        File.WriteAllText(Path.Combine(dir.FullName, name + ".json"), CityProfile.Replace("%NAME%", name));
        return dir.FullName;
    }

    [TestCleanup]
    public void Restore() => ProfileLibrary.UseFolders([]);

    [TestMethod]
    public void A_profile_in_a_folder_in_use_is_loaded_by_name_and_listed()
    {
        ProfileLibrary.UseFolders([FolderWith("kaku-shi")]);
        Assert.AreEqual("見出しの下に表がある市", ProfileLibrary.Load("kaku-shi").DisplayName);
        CollectionAssert.Contains(ProfileLibrary.Names.ToArray(), "kaku-shi");
        CollectionAssert.Contains(ProfileLibrary.Names.ToArray(), "akita");
    }

    [TestMethod]
    public void The_first_folder_holding_a_name_wins()
    {
        var first = FolderWith("kaku-shi");
        var second = Directory.CreateTempSubdirectory("odx-profiles-").FullName;
        File.WriteAllText(Path.Combine(second, "kaku-shi.json"), CityProfile.Replace("%NAME%", "kaku-shi").Replace("見出しの下に表がある市", "別の市"));
        ProfileLibrary.UseFolders([first, second]);
        Assert.AreEqual("見出しの下に表がある市", ProfileLibrary.Load("kaku-shi").DisplayName);
    }

    [TestMethod]
    public void The_command_line_comes_before_the_environment_variable_the_configured_folder_and_templates_profiles()
    {
        var previous = Environment.GetEnvironmentVariable(ProfileLibrary.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ProfileLibrary.EnvironmentVariable, string.Join(Path.PathSeparator, "/env/a", "/env/b"));
            var folders = ProfileLibrary.FoldersFor("/cli", "/configured", RepositoryFiles.Root);
            CollectionAssert.AreEqual(new[] { "/cli", "/env/a", "/env/b", "/configured", Path.Combine(RepositoryFiles.Root, "templates", "profiles") }, folders.ToArray());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ProfileLibrary.EnvironmentVariable, previous);
        }
    }

    [TestMethod]
    public void A_folder_with_a_broken_profile_is_refused_naming_the_file_and_the_key()
    {
        var dir = Directory.CreateTempSubdirectory("odx-profiles-").FullName;
        File.WriteAllText(Path.Combine(dir, "broken.json"), """{ "name": "broken", "rows": [ { "field": "name", "lable": "施策名" } ] }""");
        var e = Assert.ThrowsExactly<ProfileException>(() => ProfileLibrary.UseFolders([dir]));
        StringAssert.Contains(e.Message, "broken.json");
        StringAssert.Contains(e.Message, "lable");
        Assert.IsEmpty(ProfileLibrary.Folders);
    }

    [TestMethod]
    public void A_missing_folder_is_refused_in_Japanese()
    {
        var e = Assert.ThrowsExactly<ProfileException>(() => ProfileLibrary.UseFolders(["/no/such/folder"]));
        StringAssert.Contains(e.Message, "フォルダーがありません");
    }

    [TestMethod]
    public void Every_shipped_profile_is_valid_against_the_profile_schema()
    {
        var schema = JsonSchema.FromFileAsync(ProfileSchema).GetAwaiter().GetResult();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "templates", "profiles"), "*.json"))
        {
            var errors = schema.Validate(File.ReadAllText(file));
            Assert.IsEmpty(errors, $"{file}: " + string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}")));
        }
    }

    [TestMethod]
    public void The_profile_schema_refuses_an_unknown_key_and_names_it()
    {
        var schema = JsonSchema.FromFileAsync(ProfileSchema).GetAwaiter().GetResult();
        var error = Assert.ContainsSingle(schema.Validate("""{ "name": "x", "rows": [ { "field": "name", "label": "施策名" } ], "scheduelStyle": "bars" }"""));
        Assert.AreEqual("#/scheduelStyle", error.Path);
    }
}
