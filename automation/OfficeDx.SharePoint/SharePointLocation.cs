namespace OfficeDx.SharePoint;

/// <summary>
/// A folder in a SharePoint document library: <c>sharepoint:HOST/sites/NAME/LIBRARY/FOLDER…</c>
/// (for example <c>sharepoint:contoso.sharepoint.com/sites/dx/Shared Documents/計画</c>). The folder may be empty (the library root).
/// </summary>
public sealed record SharePointLocation(string Host, string SitePath, string Library, string Folder)
{
    public const string Prefix = "sharepoint:";

    public static bool IsSharePoint(string text) => text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static SharePointLocation Parse(string text)
    {
        var body = IsSharePoint(text) ? text[Prefix.Length..] : text;
        if (body.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) body = body["https://".Length..];
        var parts = body.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // A site lives at HOST/sites/NAME or HOST/teams/NAME; anything shorter has no library to read.
        if (parts.Length < 4 || !(parts[1].Equals("sites", StringComparison.OrdinalIgnoreCase) || parts[1].Equals("teams", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SharePointException(
                $"SharePoint の場所「{text}」を読めません。sharepoint:テナント.sharepoint.com/sites/サイト名/ライブラリ名/フォルダ の形で指定してください。");
        }
        return new SharePointLocation(parts[0], $"{parts[1]}/{parts[2]}", Uri.UnescapeDataString(parts[3]), string.Join('/', parts.Skip(4).Select(Uri.UnescapeDataString)));
    }

    /// <summary>The key the store keeps this source under.</summary>
    public override string ToString() => $"{Prefix}{Host}/{SitePath}/{Library}" + (Folder.Length > 0 ? "/" + Folder : "");
}
