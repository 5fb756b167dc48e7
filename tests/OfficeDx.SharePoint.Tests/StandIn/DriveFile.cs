namespace OfficeDx.SharePoint.Tests.StandIn;

/// <summary>An item of the stand-in drive: a folder or a file with its content and version (the eTag changes with it).</summary>
public sealed class DriveFile
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string? ParentId { get; set; }
    public bool IsFolder { get; init; }
    public byte[] Content { get; set; } = [];
    public int Version { get; set; } = 1;
    public bool Deleted { get; set; }
    /// <summary>The change-log sequence number of the last change, which delta tokens compare against.</summary>
    public long ChangedAt { get; set; }

    public string ETag => $"\"{{{Id}}},{Version}\"";
}
