namespace OfficeDx.Service.Hosting;

/// <summary>How the service is started: where it listens, which files it serves, who may call it.</summary>
public sealed record ServiceOptions
{
    public const int DefaultPort = 5080;

    /// <summary>Addresses to listen on; loopback only unless told otherwise, since the add-in runs on the drafter's own machine.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [$"http://127.0.0.1:{DefaultPort}"];

    /// <summary>The built add-in (addin/dist); null when there is none to serve.</summary>
    public string? AddinRoot { get; init; }

    /// <summary>Origins the browser may call the API from besides the service's own (the add-in when it is hosted elsewhere).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The largest request body accepted, in bytes (an uploaded plan document included).</summary>
    public long MaxRequestBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Entra ID settings; when null the API takes anonymous calls (loopback use).</summary>
    public EntraOptions? Entra { get; init; }

    /// <summary>Folders whose plan files (*.json) the Excel endpoints serve templates for and check workbooks against.</summary>
    public IReadOnlyList<string> PlanFolders { get; init; } = [];

    /// <summary>Where submitted department workbooks are kept (submissions/); null when the service takes no submissions.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The harvest store and the scheduled harvests (Hangfire); null when the service runs no jobs and shows no console.</summary>
    public OfficeDx.Service.Jobs.JobOptions? Jobs { get; init; }

    /// <summary>Log lines as JSON objects (for collection) rather than plain text.</summary>
    public bool JsonLogs { get; init; } = true;
}

/// <summary>The tenant and the application registration whose bearer tokens the API accepts.</summary>
public sealed record EntraOptions(string TenantId, string ClientId, string Instance = "https://login.microsoftonline.com/");
