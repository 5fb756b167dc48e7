using System.Globalization;

namespace OfficeDx.Storage.Harvesting;

/// <summary>
/// A folder on disk as a document source: every .docx and .xlsx below it, keyed by its path relative to the folder, with an eTag
/// made of its size and last write time. Each listing is complete, so files removed from the folder are recorded as deleted.
/// </summary>
public sealed class LocalFolderSource(DirectoryInfo folder) : IDocumentSource
{
    public DirectoryInfo Folder { get; } = folder;

    public string Key => "dir:" + Path.GetFullPath(Folder.FullName).TrimEnd(Path.DirectorySeparatorChar);

    public Task<SourceChanges> GetChangesAsync(SourceState state, CancellationToken cancellation)
    {
        if (!Folder.Exists) throw new DirectoryNotFoundException($"フォルダ {Folder.FullName} がありません。");
        var items = Folder.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => Harvester.IsHarvestable(f.Name) && !f.Name.StartsWith("~$", StringComparison.Ordinal)) // Office's lock files while a file is open
            .Select(f =>
            {
                var relative = Path.GetRelativePath(Folder.FullName, f.FullName).Replace(Path.DirectorySeparatorChar, '/');
                var etag = string.Create(CultureInfo.InvariantCulture, $"{f.Length:x}-{f.LastWriteTimeUtc.Ticks:x}");
                return new SourceItem(relative, relative, etag, f.Length, Deleted: false);
            })
            .OrderBy(i => i.ItemId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new SourceChanges(items, IsFullListing: true, SourceState.Empty));
    }

    public Task<Stream?> OpenReadAsync(SourceItem item, CancellationToken cancellation)
    {
        var path = Path.Combine(Folder.FullName, item.ItemId);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }
}
