using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;

namespace OfficeDx.SharePoint.Copies;

/// <summary>
/// Writes files into a folder of a SharePoint document library through Microsoft Graph: one PUT of the content up to
/// <see cref="SimpleUploadLimit"/> bytes, an upload session in slices above it (Graph takes at most 4 MB in one PUT).
/// Conflict behaviour: replace. The names written are unique per submission, so a replace only ever rewrites the same file
/// with the same bytes (a retry after an answer that was lost), and two service instances retrying the same copy agree.
/// Throttling is retried by the SDK's retry handler (<see cref="GraphClients.DefaultRetry"/>), nothing here retries again.
/// </summary>
public sealed class SharePointLibraryWriter(GraphServiceClient client, SharePointLocation location)
{
    /// <summary>Graph's limit for a file sent in one PUT.</summary>
    public const int DefaultSimpleUploadLimit = 4 * 1024 * 1024;

    /// <summary>A multiple of 320 KiB, as upload sessions require of every slice but the last.</summary>
    public const int DefaultSliceSize = 10 * 320 * 1024;

    private const string ConflictBehavior = "replace";
    private string? driveId;

    public SharePointLocation Location => location;

    public int SimpleUploadLimit { get; init; } = DefaultSimpleUploadLimit;

    public int SliceSize { get; init; } = DefaultSliceSize;

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="relativePath"/> (folders separated by /) under the configured folder; answers the file's web address.</summary>
    public async Task<string> WriteAsync(string relativePath, byte[] bytes, CancellationToken cancellation)
    {
        var drive = await DriveIdAsync(cancellation);
        var path = string.Join('/', new[] { location.Folder, relativePath }.Where(p => p.Length > 0));
        var item = client.Drives[drive].Items["root"].ItemWithPath(path);
        DriveItem? written;
        if (bytes.Length <= SimpleUploadLimit)
        {
            var url = $"{client.RequestAdapter.BaseUrl}/drives/{Uri.EscapeDataString(drive)}/items/root:/{Escape(path)}:/content"
                + $"?@microsoft.graph.conflictBehavior={ConflictBehavior}";
            using var content = new MemoryStream(bytes, writable: false);
            written = await item.Content.WithUrl(url).PutAsync(content, cancellationToken: cancellation);
        }
        else
        {
            var session = await item.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
            {
                Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = ConflictBehavior } },
            }, cancellationToken: cancellation) ?? throw new SharePointException("Microsoft Graph がアップロードのセッションを返しませんでした。");
            using var content = new MemoryStream(bytes, writable: false);
            var upload = new LargeFileUploadTask<DriveItem>(session, content, SliceSize, client.RequestAdapter);
            var result = await upload.UploadAsync(cancellationToken: cancellation);
            if (!result.UploadSucceeded) throw new SharePointException("アップロードのセッションが最後まで終わりませんでした。");
            written = result.ItemResponse;
        }
        return written?.WebUrl ?? written?.Name ?? path;
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private async Task<string> DriveIdAsync(CancellationToken cancellation)
    {
        if (driveId is not null) return driveId;
        var site = await client.Sites["root"].WithUrl($"{client.RequestAdapter.BaseUrl}/sites/{location.Host}:/{location.SitePath}")
            .GetAsync(cancellationToken: cancellation);
        var drives = await client.Sites[site!.Id].Drives.GetAsync(cancellationToken: cancellation);
        var drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, location.Library, StringComparison.OrdinalIgnoreCase)
                        || (d.WebUrl is { } web && string.Equals(Uri.UnescapeDataString(web.TrimEnd('/').Split('/')[^1]), location.Library, StringComparison.OrdinalIgnoreCase)))
            ?? throw new SharePointException($"サイト {location.Host}/{location.SitePath} にライブラリ「{location.Library}」がありません。");
        return driveId = drive.Id!;
    }
}
