using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeDx.SharePoint.Tests.StandIn;

/// <summary>
/// A local Microsoft Graph stand-in (Kestrel on 127.0.0.1) implementing exactly what the SharePoint source calls:
/// site by path, the site's drives, an item by id or by path, drive delta with <c>@odata.nextLink</c> paging and
/// <c>@odata.deltaLink</c> tokens (410 for stale tokens), and /content answering 302 to a pre-authenticated URL on another
/// host name (localhost) that serves the bytes with Range support; and a site's lists and their items (<see cref="ListStandIn"/>).
/// Faults are injected through <see cref="Faults"/>.
/// </summary>
public sealed class GraphStandIn : IAsyncDisposable
{
    public const string Host = "contoso.sharepoint.com";
    public const string SitePath = "sites/dx";
    public const string SiteId = "contoso.sharepoint.com,5a1f0c2e-0000-4000-8000-000000000001,7b2e1d3f-0000-4000-8000-000000000002";
    public const string DriveId = "b!drive-documents";
    public const string LibraryName = "Documents";
    public const string RootId = "01ROOT";
    /// <summary>The token in pre-authenticated download URLs: must never reach the store or a message.</summary>
    public const string DownloadSecret = "tempauth-SECRET-eyJ0eXAiOiJKV1Qi";

    private readonly WebApplication app;
    private readonly object gate = new();
    private readonly Dictionary<string, DriveFile> items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> downloadAttempts = new(StringComparer.Ordinal);
    private long sequence;
    private int deltaRequests;

    private GraphStandIn(WebApplication app)
    {
        this.app = app;
        Lists = new ListStandIn(Faults, () => BaseUrl);
        Uploads = new UploadStandIn(this);
    }

    /// <summary>Files written into the drive (simple PUT and upload sessions).</summary>
    public UploadStandIn Uploads { get; }

    /// <summary>The file at a path under the drive root ("計画/a.xlsx"), or null.</summary>
    public DriveFile? FileAt(string relative)
    {
        lock (gate) return Walk(relative, create: false);
    }

    /// <summary>Writes a file at a path under the root, creating the folders on the way (what a PUT by path does); answers it.</summary>
    internal DriveFile Write(string relative, byte[] content)
    {
        lock (gate)
        {
            var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var folder = Walk(string.Join('/', segments[..^1]), create: true)!;
            var existing = items.Values.FirstOrDefault(i => !i.Deleted && i.ParentId == folder.Id && i.Name == segments[^1]);
            if (existing is not null)
            {
                existing.Content = content;
                existing.Version++;
                existing.ChangedAt = ++sequence;
                return existing;
            }
            var file = new DriveFile { Id = $"01NEW{items.Count:0000}", Name = segments[^1], ParentId = folder.Id, Content = content, ChangedAt = ++sequence };
            items[file.Id] = file;
            return file;
        }
    }

    /// <summary>The item at a path; with <paramref name="create"/>, missing folders are made. Call under the lock.</summary>
    private DriveFile? Walk(string relative, bool create)
    {
        var current = items[RootId];
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = items.Values.FirstOrDefault(i => !i.Deleted && i.ParentId == current.Id && i.Name == segment);
            if (next is null)
            {
                if (!create) return null;
                next = new DriveFile { Id = $"01NEW{items.Count:0000}", Name = segment, ParentId = current.Id, IsFolder = true, ChangedAt = ++sequence };
                items[next.Id] = next;
            }
            current = next;
        }
        return current;
    }

    /// <summary>An item as Graph answers it (JSON).</summary>
    internal JsonObject Json(DriveFile item)
    {
        lock (gate) return ItemJson(item);
    }

    public Faults Faults { get; } = new();

    /// <summary>The site's lists (for the SharePoint-list sink).</summary>
    public ListStandIn Lists { get; }

    /// <summary>Delta tokens older than this answer 410 Gone.</summary>
    public long StaleBefore { get; set; }

    public int PageSize { get; set; } = 7;

    /// <summary>Every request the stand-in received: method, path and query, Authorization present, Range.</summary>
    public ConcurrentQueue<(string Method, string Url, bool Authorized, string? Range)> Requests { get; } = new();

    /// <summary>When each delta request arrived (stopwatch time), to measure how long a client waited before retrying.</summary>
    public ConcurrentQueue<TimeSpan> DeltaArrivals { get; } = new();

    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    public string BaseUrl { get; private set; } = "";

    public long Sequence { get { lock (gate) return sequence; } }

    public static async Task<GraphStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new GraphStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = address.TrimEnd('/') + "/v1.0";
        standIn.Reset();
        return standIn;
    }

    /// <summary>Empties the drive and its change log (keeps the port, so delta links compare equal across resets).</summary>
    public void Reset()
    {
        lock (gate)
        {
            items.Clear();
            sequence = 0;
            deltaRequests = 0;
            StaleBefore = 0;
            items[RootId] = new DriveFile { Id = RootId, Name = "root", IsFolder = true };
        }
        downloadAttempts.Clear();
        Requests.Clear();
        DeltaArrivals.Clear();
        Faults.Clear();
        Lists.Clear();
        Uploads.Clear();
    }

    public string AddFolder(string id, string name, string parentId) => Change(new DriveFile { Id = id, Name = name, ParentId = parentId, IsFolder = true });

    public string AddFile(string id, string name, string parentId, byte[] content) => Change(new DriveFile { Id = id, Name = name, ParentId = parentId, Content = content });

    public void UpdateFile(string id, byte[] content)
    {
        lock (gate)
        {
            var item = items[id];
            item.Content = content;
            item.Version++;
            item.ChangedAt = ++sequence;
        }
    }

    public void DeleteItem(string id)
    {
        lock (gate)
        {
            var item = items[id];
            item.Deleted = true;
            item.ChangedAt = ++sequence;
        }
    }

    private string Change(DriveFile item)
    {
        lock (gate)
        {
            item.ChangedAt = ++sequence;
            items[item.Id] = item;
        }
        return item.Id;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = Uri.UnescapeDataString(request.Path.Value ?? "");
        Requests.Enqueue((request.Method, path + request.QueryString, request.Headers.Authorization.Count > 0, request.Headers.Range.FirstOrDefault()));

        if (path.StartsWith("/_download/", StringComparison.Ordinal))
        {
            await DownloadAsync(context, path["/_download/".Length..]);
            return;
        }
        if (path.StartsWith("/_upload/", StringComparison.Ordinal) && request.Method == "PUT")
        {
            await Uploads.SliceAsync(context, path["/_upload/".Length..]);
            return;
        }
        if (path == ManagedIdentityPath)
        {
            await ManagedIdentityTokenAsync(context);
            return;
        }
        if (request.Headers.Authorization.FirstOrDefault() is not { } auth || !auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }
        if (Faults.Forbidden)
        {
            await ErrorAsync(context, 403, "accessDenied", "Either scp or roles claim need to be present in the token.");
            return;
        }

        const string sites = "/v1.0/sites/";
        const string drives = "/v1.0/drives/" + DriveId + "/items/";
        if (path == $"{sites}{Host}:/{SitePath}")
        {
            await JsonAsync(context, new JsonObject { ["id"] = SiteId, ["name"] = "dx", ["webUrl"] = $"https://{Host}/{SitePath}" });
        }
        else if (path == $"{sites}{SiteId}/drives")
        {
            await JsonAsync(context, new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject { ["id"] = DriveId, ["name"] = LibraryName, ["webUrl"] = $"https://{Host}/{SitePath}/Shared%20Documents" }),
            });
        }
        else if (path.StartsWith($"{sites}{SiteId}/lists", StringComparison.Ordinal))
        {
            await Lists.HandleAsync(context, path[$"{sites}{SiteId}/lists".Length..], ErrorAsync, JsonAsync);
        }
        else if (path.StartsWith(drives, StringComparison.Ordinal))
        {
            var rest = path[drives.Length..];
            if (request.Method == "PUT" && rest.StartsWith("root:/", StringComparison.Ordinal) && rest.EndsWith(":/content", StringComparison.Ordinal))
                await Uploads.PutAsync(context, rest["root:/".Length..^":/content".Length]);
            else if (request.Method == "POST" && rest.StartsWith("root:/", StringComparison.Ordinal) && rest.EndsWith(":/createUploadSession", StringComparison.Ordinal))
                await Uploads.CreateSessionAsync(context, rest["root:/".Length..^":/createUploadSession".Length]);
            else if (rest.EndsWith("/delta()", StringComparison.Ordinal) || rest.EndsWith("/delta", StringComparison.Ordinal)) await DeltaAsync(context);
            else if (rest.EndsWith("/content", StringComparison.Ordinal)) await ContentAsync(context, rest[..^"/content".Length]);
            else if (rest.StartsWith("root:/", StringComparison.Ordinal)) await ItemByPathAsync(context, rest["root:/".Length..].TrimEnd(':'));
            else if (rest == "root") await JsonAsync(context, ItemJson(items[RootId]));
            else await ErrorAsync(context, 404, "itemNotFound", "The resource could not be found.");
        }
        else
        {
            await ErrorAsync(context, 400, "BadRequest", $"The stand-in does not implement {path}.");
        }
    }

    /// <summary>
    /// Where the stand-in answers as App Service's managed-identity endpoint (IDENTITY_ENDPOINT): a service process started by a
    /// test signs in with OFFICEDX_AUTH=managed-identity, IDENTITY_ENDPOINT=<see cref="ManagedIdentityEndpoint"/> and
    /// IDENTITY_HEADER=<see cref="ManagedIdentityHeader"/>, through Azure.Identity as in production.
    /// </summary>
    public const string ManagedIdentityPath = "/msi/token";

    public const string ManagedIdentityHeader = "stand-in-identity-header";

    public string ManagedIdentityEndpoint => BaseUrl[..^"/v1.0".Length] + ManagedIdentityPath;

    private static async Task ManagedIdentityTokenAsync(HttpContext context)
    {
        if (context.Request.Headers["X-IDENTITY-HEADER"].FirstOrDefault() != ManagedIdentityHeader)
        {
            context.Response.StatusCode = 401;
            return;
        }
        await JsonAsync(context, new JsonObject
        {
            ["access_token"] = "eyJ-managed-identity-token",
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = context.Request.Query["resource"].FirstOrDefault() ?? "https://graph.microsoft.com",
            ["token_type"] = "Bearer",
        });
    }

    private async Task ItemByPathAsync(HttpContext context, string relative)
    {
        DriveFile? current;
        lock (gate)
        {
            current = items[RootId];
            foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                current = items.Values.FirstOrDefault(i => !i.Deleted && i.ParentId == current!.Id && i.Name == segment);
                if (current is null) break;
            }
        }
        if (current is null) await ErrorAsync(context, 404, "itemNotFound", "The resource could not be found.");
        else await JsonAsync(context, ItemJson(current));
    }

    private async Task DeltaAsync(HttpContext context)
    {
        DeltaArrivals.Enqueue(clock.Elapsed);
        var number = Interlocked.Increment(ref deltaRequests);
        if (Faults.ThrottleEveryDeltaRequest || Faults.ThrottleDeltaRequests.ContainsKey(number))
        {
            context.Response.Headers.RetryAfter = Faults.ThrottleRetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ErrorAsync(context, 429, "activityLimitReached", "The request has been throttled.");
            return;
        }
        if (Faults.UnavailableDeltaRequests.ContainsKey(number))
        {
            context.Response.Headers.RetryAfter = "1";
            await ErrorAsync(context, 503, "serviceNotAvailable", "The service is temporarily unavailable.");
            return;
        }

        var query = context.Request.Query;
        long? token = long.TryParse(query["token"], out var t) ? t : null;
        if (token is not null && token < StaleBefore)
        {
            await ErrorAsync(context, 410, "resyncRequired", "Resync required. Replace any local items with the server's version (including deletes).");
            return;
        }
        var upTo = long.TryParse(query["upto"], out var u) ? u : Sequence;
        var skip = int.TryParse(query["skip"], out var s) ? s : 0;
        List<DriveFile> changed;
        lock (gate)
        {
            // A first enumeration lists what exists; a later one lists what changed since the token, deletions included.
            changed = items.Values
                .Where(i => token is null ? !i.Deleted && !UnderDeletedFolder(i) && i.ChangedAt <= upTo : i.ChangedAt > token && i.ChangedAt <= upTo)
                .OrderBy(i => Depth(i)).ThenBy(i => i.ChangedAt).ThenBy(i => i.Id, StringComparer.Ordinal)
                .ToList();
        }
        var page = changed.Skip(skip).Take(PageSize).Select(i => (JsonNode)ItemJson(i)).ToArray();
        var link = $"{BaseUrl}/drives/{DriveId}/items/root/delta()";
        var body = new JsonObject { ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(driveItem)", ["value"] = new JsonArray(page) };
        if (skip + PageSize < changed.Count) body["@odata.nextLink"] = $"{link}?token={token?.ToString() ?? ""}&upto={upTo}&skip={skip + PageSize}";
        else body["@odata.deltaLink"] = $"{link}?token={upTo}";
        await JsonAsync(context, body);
    }

    /// <summary>Like SharePoint, deleting a folder deletes what is in it without reporting each item.</summary>
    private bool UnderDeletedFolder(DriveFile item)
    {
        for (var p = item.ParentId; p is not null && items.TryGetValue(p, out var parent); p = parent.ParentId)
            if (parent.Deleted) return true;
        return false;
    }

    private int Depth(DriveFile item)
    {
        var depth = 0;
        for (var p = item.ParentId; p is not null && items.TryGetValue(p, out var parent); p = parent.ParentId) depth++;
        return depth;
    }

    private async Task ContentAsync(HttpContext context, string id)
    {
        bool exists;
        lock (gate)
        {
            if (Faults.DeleteOnDownload.TryRemove(id, out _) && items.TryGetValue(id, out var doomed) && !doomed.Deleted)
            {
                doomed.Deleted = true;
                doomed.ChangedAt = ++sequence;
            }
            exists = items.TryGetValue(id, out var item) && !item.Deleted;
        }
        if (!exists)
        {
            await ErrorAsync(context, 404, "itemNotFound", "The resource could not be found.");
            return;
        }
        // Like SharePoint: a short-lived pre-authenticated URL on another host, which must be fetched without the token.
        var port = new Uri(BaseUrl).Port;
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = $"http://localhost:{port}/_download/{id}?tempauth={DownloadSecret}";
    }

    private async Task DownloadAsync(HttpContext context, string id)
    {
        DriveFile? item;
        lock (gate) item = items.GetValueOrDefault(id);
        if (item is null || item.Deleted)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var content = item.Content;
        var start = 0;
        if (context.Request.Headers.Range.FirstOrDefault() is { } range && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
        {
            start = int.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            context.Response.StatusCode = 206;
            context.Response.Headers.ContentRange = $"bytes {start}-{content.Length - 1}/{content.Length}";
        }
        context.Response.ContentType = MimeType(item.Name);
        context.Response.ContentLength = content.Length - start;
        var attempt = downloadAttempts.AddOrUpdate(id, 1, (_, n) => n + 1);
        var drop = Faults.DropAlways.ContainsKey(id) || (attempt == 1 && Faults.DropOnce.ContainsKey(id));
        if (!drop)
        {
            await context.Response.Body.WriteAsync(content.AsMemory(start));
            return;
        }
        // Send half of what was promised and end the response there. Kestrel then closes the connection gracefully (FIN after
        // the half): the client always receives the half, then sees the body end early. An abort (RST) instead could discard
        // bytes not yet read, and whether the client resumed with a Range request would depend on timing.
        var half = (content.Length - start) / 2;
        await context.Response.Body.WriteAsync(content.AsMemory(start, half));
    }

    private JsonObject ItemJson(DriveFile item)
    {
        var json = new JsonObject { ["id"] = item.Id, ["name"] = item.Name, ["eTag"] = item.ETag, ["cTag"] = $"\"c:{{{item.Id}}},{item.Version}\"" };
        if (item.ParentId is not null) json["parentReference"] = new JsonObject { ["driveId"] = DriveId, ["driveType"] = "documentLibrary", ["id"] = item.ParentId };
        if (item.Deleted)
        {
            json.Remove("name");
            json["deleted"] = new JsonObject { ["state"] = "deleted" };
        }
        else if (item.Id == RootId) json["root"] = new JsonObject();
        else if (item.IsFolder) json["folder"] = new JsonObject { ["childCount"] = items.Values.Count(i => i.ParentId == item.Id && !i.Deleted) };
        else
        {
            json["size"] = item.Content.Length;
            json["file"] = new JsonObject { ["mimeType"] = MimeType(item.Name) };
        }
        return json;
    }

    private static string MimeType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    internal static Task JsonAsync(HttpContext context, JsonObject body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    internal static Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return JsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
