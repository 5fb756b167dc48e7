namespace OfficeDx.Service.Hosting;

/// <summary>
/// How the service is started: where it listens, which files it serves, who may call it, where it keeps submissions. Bound from the
/// configuration section "OfficeDx" (appsettings.json, then environment variables OfficeDx__…, then the command line) and validated
/// at start (<see cref="Setup.ServiceOptionsValidation"/>).
/// </summary>
public sealed record ServiceOptions
{
    public const string Section = "OfficeDx";
    public const int DefaultPort = 5080;

    /// <summary>Addresses to listen on; empty means <see cref="DefaultUrl"/> (the configuration binder adds to a list, so the default is not in it).</summary>
    public IReadOnlyList<string> Urls { get; set; } = [];

    /// <summary>Loopback only unless told otherwise, since without sign-in the add-in runs on the drafter's own machine.</summary>
    public static string DefaultUrl => $"http://127.0.0.1:{DefaultPort}";

    /// <summary>The addresses the service listens on.</summary>
    public IReadOnlyList<string> ListenUrls => Urls.Count > 0 ? Urls : [DefaultUrl];

    /// <summary>The built add-in (addin/dist); null when there is none to serve.</summary>
    public string? AddinRoot { get; set; }

    /// <summary>Origins the browser may call the API from besides the service's own (the add-in when it is hosted elsewhere).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The largest request body accepted, in bytes (an uploaded plan document included).</summary>
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long one request may take before its work is cancelled and it is answered 503 (a hostile upload must not hold the service).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Entra ID settings; when null the API takes anonymous calls (loopback use).</summary>
    public EntraOptions? Entra { get; set; }

    /// <summary>Lets the service listen beyond loopback without authentication: refused unless set on purpose (a closed test network).</summary>
    public bool AllowAnonymousNetwork { get; set; }

    /// <summary>Entra group object id → 課名: the department a caller with the department role submits for.</summary>
    public IReadOnlyDictionary<string, string> DepartmentGroups { get; set; } = new Dictionary<string, string>();

    /// <summary>Folders whose plan files (*.json) the Excel endpoints serve templates for and check workbooks against.</summary>
    public IReadOnlyList<string> PlanFolders { get; set; } = [];

    /// <summary>Serves the shipped sample plans too (templates/samples): for trying the panes out, never in a municipality's service.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Where submitted department workbooks are kept when no <see cref="Store"/> is named: the SQLite store officedx.db in it.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The harvest store submissions go to: sqlite:FILE or postgres:CONNECTION-STRING.</summary>
    public string? Store { get; set; }

    /// <summary>A folder of the municipality's own profiles (*.json), usable by name besides the shipped ones.</summary>
    public string? ProfilesFolder { get; set; }

    /// <summary>The term base (terms.json) the glossary uses instead of the shipped one.</summary>
    public string? TermBase { get; set; }

    /// <summary>A SharePoint document library (HOST/sites/NAME/LIBRARY/FOLDER) each accepted workbook is also copied to; null for none.</summary>
    public string? SharePointCopy { get; set; }

    /// <summary>The OTLP endpoint traces and metrics are exported to; null (the default) exports nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The harvest store and the scheduled harvests (Hangfire); null when the service runs no jobs and shows no console.</summary>
    public OfficeDx.Service.Jobs.JobOptions? Jobs { get; init; }

    /// <summary>Log lines as JSON objects (for collection) rather than plain text.</summary>
    public bool JsonLogs { get; set; } = true;

    /// <summary>The store location submissions go to, when the service takes submissions at all.</summary>
    public string? EffectiveStore => Store ?? (DataFolder is { } data ? "sqlite:" + Path.Combine(data, "officedx.db") : null);
}

/// <summary>The tenant and the application registration whose bearer tokens the API accepts.</summary>
public sealed record EntraOptions(string TenantId, string ClientId, string Instance = "https://login.microsoftonline.com/")
{
    /// <summary>The token audience (the API's application id URI, api://HOST/CLIENT-ID); the client id is accepted as well.</summary>
    public string? Audience { get; set; }

    /// <summary>The scope the panes ask a token for (auth-config.json); null: the audience followed by /access_as_user.</summary>
    public string? Scope { get; set; }
}
