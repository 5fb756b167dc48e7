namespace OfficeDx.SharePoint.Lists;

/// <summary>
/// A SharePoint list that dashboards read: <c>sharepoint-list:HOST/sites/NAME/LIST</c>
/// (for example <c>sharepoint-list:contoso.sharepoint.com/sites/dx/施策の進捗</c>); the list by its title or its URL name.
/// </summary>
public sealed record SharePointListLocation(string Host, string SitePath, string List)
{
    public const string Prefix = "sharepoint-list:";

    public static bool IsSharePointList(string text) => text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static SharePointListLocation Parse(string text)
    {
        var body = IsSharePointList(text) ? text[Prefix.Length..] : text;
        if (body.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) body = body["https://".Length..];
        var parts = body.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !(parts[1].Equals("sites", StringComparison.OrdinalIgnoreCase) || parts[1].Equals("teams", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SharePointException(
                $"SharePoint リストの場所「{text}」を読めません。sharepoint-list:テナント.sharepoint.com/sites/サイト名/リスト名 の形で指定してください。");
        }
        return new SharePointListLocation(parts[0], $"{parts[1]}/{parts[2]}", Uri.UnescapeDataString(parts[3]));
    }

    public override string ToString() => $"{Prefix}{Host}/{SitePath}/{List}";
}
