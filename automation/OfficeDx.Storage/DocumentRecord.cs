namespace OfficeDx.Storage;

/// <summary>A document as the source lists it: the stable item id (drive item id, or the relative path of a local file), its path and eTag.</summary>
public sealed record DocumentRecord(string Source, string ItemId, string Path, string? ETag, long? Size)
{
    /// <summary>The key of the document's rows in every table: the source and the item id together.</summary>
    public string DocumentId => DocumentIds.Of(Source, ItemId);
}

/// <summary>Builds the document key shared by all plan tables.</summary>
public static class DocumentIds
{
    public static string Of(string source, string itemId) => source + "|" + itemId;
}
