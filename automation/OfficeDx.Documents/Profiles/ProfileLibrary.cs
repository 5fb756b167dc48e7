using System.Reflection;
using System.Text.Json;
using OfficeDx.Core.Json;

namespace OfficeDx.Documents.Profiles;

/// <summary>The profiles shipped in templates/profiles (embedded), plus profile files given by path.</summary>
public static class ProfileLibrary
{
    private const string ResourcePrefix = "OfficeDx.Profiles.";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PlanJson.Options);
        options.Converters.Add(new StrictEnumConverter<Core.Time.FiscalYearStyle>());
        options.Converters.Add(new StrictEnumConverter<MeasureField>());
        options.Converters.Add(new StrictEnumConverter<ScheduleStyle>());
        options.Converters.Add(new StrictEnumConverter<IndicatorLayout>());
        options.Converters.Add(new StrictEnumConverter<NumberingStyle>());
        options.Converters.Add(new StrictEnumConverter<RevisionNumbering>());
        return options;
    }

    public static IReadOnlyList<string> Names { get; } = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// A shipped profile named by a document, a plan file or a request: resolved among <see cref="Names"/> only, never as a path.
    /// A value shaped like a path is refused without touching the file system and without being echoed back
    /// (a document once made the service open a server file and quote its contents). <paramref name="source"/> names where the value came from.
    /// </summary>
    public static Profile Named(string name, string source)
    {
        if (LooksLikePath(name))
            throw new ProfileException(source, $"プロファイルの指定がファイルのパスの形をしています。文書・計画ファイル・リクエストからはパスを指定できません。使えるのは {string.Join("、", Names)} です（自作のプロファイルはコマンドラインの --profile で指定してください）。");
        if (!Names.Contains(name, StringComparer.Ordinal))
            throw new ProfileException(source, $"プロファイル「{name}」はありません。使えるのは {string.Join("、", Names)} です。");
        return Load(name);
    }

    /// <summary>Separators, drive or UNC prefixes, dots and file extensions: anything a file system could take for a path.</summary>
    public static bool LooksLikePath(string value) =>
        value.Length > 64 || value.IndexOfAny(['/', '\\', ':', '.', '~', '%', '$']) >= 0 || value.Any(char.IsControl);

    /// <summary>Loads a shipped profile by name, or a profile file when given a path to a .json file (from the command line only).</summary>
    public static Profile Load(string nameOrPath)
    {
        if (nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.OpenRead(nameOrPath);
            return Parse(file, nameOrPath);
        }
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + nameOrPath + ".json")
            ?? throw new ProfileException(nameOrPath, $"プロファイル「{nameOrPath}」はありません。使えるのは {string.Join("、", Names)} です。");
        return Parse(stream, nameOrPath);
    }

    private static Profile Parse(Stream stream, string source)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<Profile>(stream, Options)
                ?? throw new ProfileException(source, "プロファイルが空です。");
            var mistakes = ProfileChecks.Check(profile);
            if (mistakes.Count > 0) throw new ProfileException(source, string.Join(" ", mistakes));
            return profile;
        }
        catch (JsonException e)
        {
            throw new ProfileException(source, $"{e.Path}: {JsonErrorText.Explain(e)}");
        }
    }
}
