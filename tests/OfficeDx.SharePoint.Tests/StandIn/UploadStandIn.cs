using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OfficeDx.SharePoint.Tests.StandIn;

/// <summary>
/// Writing files into the stand-in drive as Graph does: PUT items/root:/PATH:/content (folders made on the way, conflict behaviour
/// read from the query), and upload sessions (createUploadSession answers a pre-authenticated URL on another host name; slices
/// are PUT there with Content-Range, answered 202 with nextExpectedRanges until the last, which answers the item).
/// </summary>
public sealed class UploadStandIn(GraphStandIn drive)
{
    private readonly ConcurrentDictionary<string, (string Path, MemoryStream Received)> sessions = new(StringComparer.Ordinal);

    /// <summary>Every write: the path, how it came (put or session), the conflict behaviour asked for, and the slices a session took.</summary>
    public ConcurrentQueue<(string Path, string How, string? ConflictBehavior, int Slices)> Writes { get; } = new();

    private readonly ConcurrentDictionary<string, int> slices = new(StringComparer.Ordinal);

    public void Clear()
    {
        sessions.Clear();
        slices.Clear();
        Writes.Clear();
    }

    internal async Task PutAsync(HttpContext context, string path)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var file = drive.Write(path, body.ToArray());
        Writes.Enqueue((path, "put", context.Request.Query["@microsoft.graph.conflictBehavior"].FirstOrDefault(), 0));
        context.Response.StatusCode = file.Version == 1 ? 201 : 200;
        await GraphStandIn.JsonAsync(context, ItemJson(file, path));
    }

    internal async Task CreateSessionAsync(HttpContext context, string path)
    {
        var request = await JsonNode.ParseAsync(context.Request.Body);
        var conflict = request?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>();
        var id = Guid.NewGuid().ToString("N");
        sessions[id] = (path, new MemoryStream());
        slices[id] = 0;
        Writes.Enqueue((path, "session-created", conflict, 0));
        // Like SharePoint: the upload URL is on another host name and carries its own authorization, so no token is sent there.
        var port = new Uri(drive.BaseUrl).Port;
        await GraphStandIn.JsonAsync(context, new JsonObject
        {
            ["uploadUrl"] = $"http://localhost:{port}/_upload/{id}?tempauth={GraphStandIn.DownloadSecret}",
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    internal async Task SliceAsync(HttpContext context, string id)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            await GraphStandIn.ErrorAsync(context, 401, "unauthenticated", "An upload URL must not be sent a bearer token.");
            return;
        }
        if (!sessions.TryGetValue(id, out var session))
        {
            await GraphStandIn.ErrorAsync(context, 404, "itemNotFound", "The upload session was not found.");
            return;
        }
        // Content-Range: bytes FROM-TO/TOTAL
        var range = context.Request.Headers.ContentRange.ToString();
        var parts = range["bytes ".Length..].Split('-', '/');
        long from = long.Parse(parts[0], CultureInfo.InvariantCulture), to = long.Parse(parts[1], CultureInfo.InvariantCulture), total = long.Parse(parts[2], CultureInfo.InvariantCulture);
        if (from != session.Received.Length)
        {
            await GraphStandIn.ErrorAsync(context, 416, "invalidRange", "The range does not follow what was received.");
            return;
        }
        await context.Request.Body.CopyToAsync(session.Received);
        slices.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (session.Received.Length != to + 1)
        {
            await GraphStandIn.ErrorAsync(context, 400, "invalidRequest", "The slice is not as long as its Content-Range says.");
            return;
        }
        if (session.Received.Length < total)
        {
            context.Response.StatusCode = 202;
            await GraphStandIn.JsonAsync(context, new JsonObject
            {
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray($"{session.Received.Length}-"),
            });
            return;
        }
        sessions.TryRemove(id, out _);
        var file = drive.Write(session.Path, session.Received.ToArray());
        Writes.Enqueue((session.Path, "session", null, slices[id]));
        context.Response.StatusCode = file.Version == 1 ? 201 : 200;
        await GraphStandIn.JsonAsync(context, ItemJson(file, session.Path));
    }

    private JsonObject ItemJson(DriveFile file, string path)
    {
        var json = drive.Json(file);
        json["webUrl"] = $"https://{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/{path}";
        return json;
    }
}
