using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Delta;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.SharePoint;

/// <summary>
/// A SharePoint document library folder as a document source, read through Microsoft Graph: drive delta queries with the
/// stored delta link, <c>@odata.nextLink</c> paging, 410 Gone answered by a full resync, downloads streamed and resumed with
/// Range requests when a connection drops, and a file deleted after it was listed reported as gone.
/// </summary>
public sealed class GraphDriveSource(GraphConnection connection, SharePointLocation location, RetryPolicy? retry = null) : IDocumentSource
{
    private readonly GraphServiceClient client = connection.Client;
    private readonly RetryPolicy retry = retry ?? RetryPolicy.Default;
    private string? driveId;

    public string Key => location.ToString();

    public async Task<SourceChanges> GetChangesAsync(SourceState state, CancellationToken cancellation)
    {
        var drive = await DriveIdAsync(cancellation);
        var top = await WithRetryAsync("フォルダの確認", async () =>
        {
            var item = location.Folder.Length == 0
                ? await client.Drives[drive].Items["root"].GetAsync(cancellationToken: cancellation)
                : await client.Drives[drive].Items["root"].ItemWithPath(location.Folder).GetAsync(cancellationToken: cancellation);
            return item?.Id;
        }, cancellation) ?? throw new SourceUnavailableException($"フォルダ「{location.Folder}」がライブラリ「{location.Library}」にありません。", transient: false);

        var fullListing = state.DeltaLink is null;
        List<DriveItem> items;
        string deltaLink;
        try
        {
            (items, deltaLink) = await EnumerateAsync(drive, state.DeltaLink, cancellation);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Gone)
        {
            // The delta token expired (resyncChangesApplyDifferences): enumerate everything again and reconcile with the store.
            fullListing = true;
            (items, deltaLink) = await EnumerateAsync(drive, null, cancellation);
        }

        var folders = new DriveFolders(fullListing ? [] : state.FolderIds);
        var files = new List<DriveItem>();
        var deletions = new List<SourceItem>();
        foreach (var item in items)
        {
            if (item.Id is null) continue;
            if (item.Deleted is not null)
            {
                // SharePoint reports a deleted folder without its files: list everything again and let the store reconcile.
                if (!fullListing && folders.Contains(item.Id)) return await GetChangesAsync(SourceState.Empty, cancellation);
                folders.Remove(item.Id);
                deletions.Add(new SourceItem(item.Id, item.Name ?? item.Id, null, null, Deleted: true));
            }
            else if (item.Folder is not null || item.Root is not null)
            {
                folders.Set(item.Id, item.ParentReference?.Id, item.Name ?? "");
            }
            else if (item.File is not null)
            {
                files.Add(item);
            }
        }

        var changes = new List<SourceItem>(deletions);
        foreach (var file in files)
        {
            var path = file.Id == top ? null : folders.PathUnder(top, file.ParentReference?.Id, file.Name ?? file.Id!);
            // A file moved out of the harvested folder is, for this data set, deleted.
            changes.Add(path is null
                ? new SourceItem(file.Id!, file.Name ?? file.Id!, null, null, Deleted: true)
                : new SourceItem(file.Id!, path, file.ETag, file.Size, Deleted: false));
        }
        return new SourceChanges(changes, fullListing, new SourceState(deltaLink, folders.ToLines()));
    }

    public async Task<Stream?> OpenReadAsync(SourceItem item, CancellationToken cancellation)
    {
        var drive = await DriveIdAsync(cancellation);
        var buffer = new MemoryStream();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The SDK reads a Stream response to the end before returning it; sending the request it builds through the
                // same middleware with ResponseHeadersRead streams the body, so a dropped connection keeps what arrived.
                var request = client.Drives[drive].Items[item.ItemId].Content.ToGetRequestInformation();
                using var message = await client.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request, cancellation)
                    ?? throw new InvalidOperationException("The Graph request adapter built no HTTP request.");
                var offset = buffer.Length;
                if (offset > 0) message.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(offset, null);
                using var response = await connection.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation);
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) return null; // deleted between listing and download
                if (!response.IsSuccessStatusCode) throw new ApiException($"download answered {(int)response.StatusCode}") { ResponseStatusCode = (int)response.StatusCode };
                if (response.StatusCode != HttpStatusCode.PartialContent) buffer.SetLength(0);
                await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
                await stream.CopyToAsync(buffer, cancellation);
                buffer.Position = 0;
                return buffer;
            }
            catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
            {
                return null; // deleted between listing and download
            }
            catch (Exception e) when (IsDropped(e) && attempt < retry.Attempts)
            {
                await Task.Delay(retry.DelayBefore(attempt), cancellation);
            }
            catch (Exception e) when (GraphFailures.Final(e) is var final && (IsDropped(final) || final is ApiException or Azure.Identity.AuthenticationFailedException))
            {
                throw Unavailable(final, $"「{item.Path}」のダウンロード");
            }
        }
    }

    private async Task<(List<DriveItem> Items, string DeltaLink)> EnumerateAsync(string drive, string? deltaLink, CancellationToken cancellation)
    {
        var items = new List<DriveItem>();
        var builder = client.Drives[drive].Items["root"].Delta;
        var next = deltaLink;
        while (true)
        {
            var url = next;
            var page = await WithRetryAsync("変更の一覧", () => url is null
                ? builder.GetAsDeltaGetResponseAsync(cancellationToken: cancellation)
                : new DeltaRequestBuilder(url, client.RequestAdapter).GetAsDeltaGetResponseAsync(cancellationToken: cancellation), cancellation);
            items.AddRange(page?.Value ?? []);
            if (page?.OdataNextLink is { } nextLink) next = nextLink;
            else if (page?.OdataDeltaLink is { } delta) return (items, delta);
            else throw new SourceUnavailableException("Microsoft Graph の変更一覧に次のページも差分リンクもありません。", transient: true);
        }
    }

    private async Task<string> DriveIdAsync(CancellationToken cancellation)
    {
        if (driveId is not null) return driveId;
        var site = await WithRetryAsync("サイトの確認", () => client.Sites["root"]
            .WithUrl($"{client.RequestAdapter.BaseUrl}/sites/{location.Host}:/{location.SitePath}")
            .GetAsync(cancellationToken: cancellation), cancellation);
        var drives = await WithRetryAsync("ライブラリの確認", () => client.Sites[site!.Id].Drives.GetAsync(cancellationToken: cancellation), cancellation);
        var drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, location.Library, StringComparison.OrdinalIgnoreCase)
                        || (d.WebUrl is { } web && string.Equals(Uri.UnescapeDataString(web.TrimEnd('/').Split('/')[^1]), location.Library, StringComparison.OrdinalIgnoreCase)))
            ?? throw new SourceUnavailableException($"サイト {location.Host}/{location.SitePath} にライブラリ「{location.Library}」がありません。", transient: false);
        return driveId = drive.Id!;
    }

    private async Task<T> WithRetryAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Gone)
            {
                throw;
            }
            catch (Exception e) when (IsDropped(e) && attempt < retry.Attempts)
            {
                await Task.Delay(retry.DelayBefore(attempt), cancellation);
            }
            catch (Exception e) when (GraphFailures.Final(e) is var final && (IsDropped(final) || final is ApiException or Azure.Identity.AuthenticationFailedException))
            {
                throw Unavailable(final, what);
            }
        }
    }

    /// <summary>
    /// A connection that failed or timed out without an answer. An answered status is not retried here: the SDK's retry
    /// handler already retried 429/503/504 as the answer's Retry-After asked, and retrying again would multiply its policy.
    /// </summary>
    private static bool IsDropped(Exception e) =>
        e is HttpRequestException or IOException or TaskCanceledException { InnerException: TimeoutException };

    private static SourceUnavailableException Unavailable(Exception e, string what)
    {
        var status = (e as ApiException)?.ResponseStatusCode;
        var reason = GraphFailures.Reason(e, "読み取り", "サイト・ライブラリ・フォルダの名前", "再実行してください。", rerunAfterDrop: false);
        var transient = e is not Azure.Identity.AuthenticationFailedException && status is null or 429 or 500 or 502 or 503 or 504;
        return new SourceUnavailableException(Redaction.Redact($"{what}: {reason}"), transient, e);
    }
}
