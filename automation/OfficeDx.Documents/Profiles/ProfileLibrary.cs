using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using OfficeDx.Core.Json;

namespace OfficeDx.Documents.Profiles;

/// <summary>
/// The one place profiles are resolved: the profiles shipped in templates/profiles (embedded, the defaults), the profiles of the
/// folders in use (<see cref="UseFolders"/>, found by <see cref="FoldersFor"/>: a municipality's own house style, usable by name
/// everywhere without a rebuild; a folder profile with a shipped profile's name replaces it), plus profile files given by path.
/// </summary>
public static class ProfileLibrary
{
    private const string ResourcePrefix = "OfficeDx.Profiles.";

    /// <summary>How profile files are read and written (camelCase names, enums as their JSON names).</summary>
    internal static JsonSerializerOptions JsonOptions => Options;

    // Built on first use, not with the class: every officedx run touches the class at start (UseFolders), and building the options
    // (PlanJson's with them) took about 20 ms of `officedx --help` even when no profile is read.
    private static JsonSerializerOptions Options => LazyOptions.Value;

    private static class LazyOptions
    {
        public static readonly JsonSerializerOptions Value = CreateOptions();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PlanJson.Options);
        options.Converters.Add(new StrictEnumConverter<Core.Time.FiscalYearStyle>());
        options.Converters.Add(new StrictEnumConverter<MeasureField>());
        options.Converters.Add(new StrictEnumConverter<ScheduleStyle>());
        options.Converters.Add(new StrictEnumConverter<IndicatorLayout>());
        options.Converters.Add(new StrictEnumConverter<NumberingStyle>());
        options.Converters.Add(new StrictEnumConverter<RevisionNumbering>());
        options.Converters.Add(new StrictEnumConverter<MeasureNamePlace>());
        options.Converters.Add(new StrictEnumConverter<ScheduleForm>());
        return options;
    }

    /// <summary>The profile used when neither the caller nor the document names one.</summary>
    public const string Default = Core.Model.Plan.DefaultProfile;

    private static readonly IReadOnlyList<string> ShippedNames = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The environment variable naming profile folders (several separated by the path separator, ; on Windows, : elsewhere).</summary>
    public const string EnvironmentVariable = "OFFICEDX_PROFILES";

    private static volatile string[] folders = [];

    /// <summary>The first profile folder in use (OfficeDx:ProfilesFolder in the service), or null when only the shipped profiles are used.</summary>
    public static string? Folder => folders.FirstOrDefault();

    /// <summary>Every profile folder in use, in the order a name is looked up (the first folder holding 名前.json wins, then the shipped profiles).</summary>
    public static IReadOnlyList<string> Folders => folders;

    /// <summary>Every profile name usable: the shipped ones and those of the folders (a file 名前.json is the profile 名前).</summary>
    public static IReadOnlyList<string> Names => folders.Length > 0
        ? ShippedNames.Concat(folders.SelectMany(FolderFiles).Select(Path.GetFileNameWithoutExtension).OfType<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()
        : ShippedNames;

    /// <summary>
    /// Makes the profiles of <paramref name="path"/> usable by name (null: shipped profiles only). Every profile there is read now, so a
    /// mistake is reported at start naming its file, not when a drafter first picks it.
    /// </summary>
    public static void UseFolder(string? path) => UseFolders(path is null ? [] : [path]);

    /// <summary>
    /// Makes the profiles of every folder usable by name, each checked now (see <see cref="UseFolder"/>); an empty list: shipped
    /// profiles only. With <paramref name="checkNow"/> false (a command-line run, which may read no profile at all) a profile is read
    /// and checked when it is first loaded, and a mistake is reported then, naming its file.
    /// </summary>
    public static void UseFolders(IEnumerable<string> paths, bool checkNow = true)
    {
        var full = new List<string>();
        foreach (var path in paths)
        {
            var folderPath = Path.GetFullPath(path);
            if (!Directory.Exists(folderPath)) throw new ProfileException(path, "プロファイルのフォルダーがありません。");
            if (checkNow)
                foreach (var file in FolderFiles(folderPath)) Load(file);
            if (!full.Contains(folderPath, StringComparer.Ordinal)) full.Add(folderPath);
        }
        folders = full.ToArray();
    }

    /// <summary>
    /// The one resolver of profile folders, for the command line and the service alike, in lookup order: the folder given on the
    /// command line (--profiles), those of the environment variable OFFICEDX_PROFILES, the configured one (OfficeDx:ProfilesFolder),
    /// then templates/profiles of the repository the program runs in (searched upwards from <paramref name="workingDirectory"/>), if any.
    /// </summary>
    public static IReadOnlyList<string> FoldersFor(string? commandLine, string? configured, string? workingDirectory = null)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(commandLine)) list.Add(commandLine);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } variable)
            list.AddRange(variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!string.IsNullOrWhiteSpace(configured)) list.Add(configured);
        if (RepositoryProfiles(workingDirectory ?? Environment.CurrentDirectory) is { } repository) list.Add(repository);
        return list;
    }

    /// <summary>templates/profiles of the repository around a directory: the shipped profiles' sources and a city's profile placed beside them.</summary>
    private static string? RepositoryProfiles(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "profiles");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "templates", "schema", "profile.schema.json"))) return candidate;
        }
        return null;
    }

    /// <summary>
    /// A profile named by a document, a plan file or a request: resolved among the configured <see cref="Names"/> only, never as a path.
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

    /// <summary>Loads a profile by name (the configured folder first, then the shipped ones), or a profile file when given a path to a .json file (from the command line or the server's configuration only).</summary>
    public static Profile Load(string nameOrPath)
    {
        if (nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return LoadFile(nameOrPath);
        // A name never reaches the file system unless it is exactly one of the folder's file names: no path can be smuggled in.
        if (folders.SelectMany(FolderFiles).FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == nameOrPath) is { } own) return LoadFile(own);
        if (Shipped.TryGetValue(nameOrPath, out var shipped)) return shipped;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + nameOrPath + ".json")
            ?? throw new ProfileException(nameOrPath, $"プロファイル「{nameOrPath}」はありません。使えるのは {string.Join("、", Names)} です。");
        return Shipped.GetOrAdd(nameOrPath, Parse(stream, nameOrPath));
    }

    /// <summary>
    /// Parsed profiles, so that a batch or a harvest of thousands of documents parses each profile once (profiles are immutable):
    /// the shipped ones by name, files by path, size and time of last change, so that an edited file is read again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Profile> Shipped = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, (long Length, DateTime Changed, Profile Profile)> Files = new(StringComparer.Ordinal);

    private const int MaxCachedFiles = 256;

    /// <summary>The default of <see cref="MaxFileBytes"/>: the shipped profiles are about 2.4 KB, so about 100×.</summary>
    public const long DefaultMaxFileBytes = 256 * 1024;

    private static long _maxFileBytes = DefaultMaxFileBytes;

    /// <summary>The largest profile file read (InputLimits.MaxProfileBytes, set with the other limits; the limits live above this namespace).</summary>
    public static long MaxFileBytes
    {
        get => Interlocked.Read(ref _maxFileBytes);
        set => Interlocked.Exchange(ref _maxFileBytes, value);
    }

    private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static Profile LoadFile(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && Files.TryGetValue(info.FullName, out var cached) && cached.Length == info.Length && cached.Changed == info.LastWriteTimeUtc)
            return cached.Profile;
        if (!info.Exists) throw new ProfileException(path, "プロファイルのファイルがありません。パスを確かめてください。");
        // Checked before reading: a 1,000,000-character wording or rows repeated thousands of times cost seconds to check and report.
        if (info.Length > MaxFileBytes)
            throw new ProfileException(path, $"ファイルが {Count(info.Length)} バイトあり、プロファイルの上限 MaxProfileBytes = {Count(MaxFileBytes)} バイトを超えています（同梱のプロファイルは約 2.4 KB です）。上限は設定 OfficeDx:Limits で変えられます。");
        Profile profile;
        try
        {
            using var file = File.OpenRead(path);
            profile = Parse(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(path, "プロファイルのファイルを読めません（ほかのプログラムが使っているか、読む権限がありません）。");
        }
        if (!info.Exists) return profile;
        // A deployment has a handful of profile files; a process that reads many (a fuzzer, a tool over many folders) must not keep them all.
        if (Files.Count >= MaxCachedFiles) Files.Clear();
        Files[info.FullName] = (info.Length, info.LastWriteTimeUtc, profile);
        return profile;
    }

    /// <summary>Most mistakes a refusal lists: a profile with rows repeated thousands of times has thousands, and the first ones say what is wrong.</summary>
    private const int ListedMistakes = 20;

    private static string Listed(IReadOnlyList<string> mistakes) =>
        string.Join(" ", mistakes.Take(ListedMistakes)) + (mistakes.Count > ListedMistakes ? $" ほか {Count(mistakes.Count - ListedMistakes)} 件。" : "");

    private static IEnumerable<string> FolderFiles(string path) =>
        Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    private static Profile Parse(Stream stream, string source)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<Profile>(stream, Options)
                ?? throw new ProfileException(source, "プロファイルが空です。");
            var mistakes = ProfileChecks.Check(profile);
            if (mistakes.Count > 0) throw new ProfileException(source, Listed(mistakes));
            return profile;
        }
        catch (JsonException e)
        {
            throw new ProfileException(source, $"{JsonErrorText.Place(e)}: {JsonErrorText.Explain(e)}");
        }
    }
}
