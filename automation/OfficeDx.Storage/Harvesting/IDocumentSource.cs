namespace OfficeDx.Storage.Harvesting;

/// <summary>Where harvested documents come from: a local folder or a SharePoint document library.</summary>
public interface IDocumentSource
{
    /// <summary>The stable name of the source in the store (its rows and delta link are kept under it).</summary>
    string Key { get; }

    /// <summary>The files added, changed or deleted since <paramref name="state"/>.</summary>
    Task<SourceChanges> GetChangesAsync(SourceState state, CancellationToken cancellation);

    /// <summary>Opens the file's content as a stream; null when the file no longer exists (deleted after it was listed).</summary>
    Task<Stream?> OpenReadAsync(SourceItem item, CancellationToken cancellation);
}
