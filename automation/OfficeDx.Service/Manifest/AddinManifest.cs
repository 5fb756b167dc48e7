using System.Xml.Linq;

namespace OfficeDx.Service.Manifest;

/// <summary>
/// The add-in-only XML manifest for one deployment: the Word and Excel panes and their own icons on the service at
/// <see cref="ManifestSettings.BaseUrl"/>, Japanese strings, the requirement set both panes need, and WebApplicationInfo for
/// Office single sign-on when the Entra app registration is known.
/// </summary>
public static class AddinManifest
{
    public const string AddinId = "6f2d3a1e-4b7c-4e8a-9d15-0c3b7e5a9f21";

    /// <summary>The icon sizes add-in commands take (bt:Image size); 16, 32 and 80 are required, the rest serve high-DPI screens.</summary>
    public static readonly int[] IconSizes = [16, 20, 24, 32, 40, 48, 64, 80];

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>An icon's path on the service (drawn by the add-in: addin/public/assets/icon-word-32.png …).</summary>
    public static string IconPath(string host, int size) => $"/assets/icon-{host}-{size}.png";

    public static XDocument Create(ManifestSettings settings)
    {
        var origin = settings.BaseUrl.GetLeftPart(UriPartial.Authority);
        string Url(string path) => origin + path;
        var hosts = new[]
        {
            new PaneHost("Document", "word", "Word", "/word.html", "施策表", "施策表の作成・編集、挿入と置き換えを行う作業ウィンドウを開きます。"),
            new PaneHost("Workbook", "excel", "Excel", "/excel.html", "様式チェック", "記入した様式を回収と同じ規則でチェックし、直すセルに色を付けます。チェックした様式を提出できます。"),
        };

        var root = new XElement(App + "OfficeApp",
            new XAttribute("xmlns", App.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bt", Bt.NamespaceName),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(App + "Id", AddinId),
            new XElement(App + "Version", settings.Version),
            new XElement(App + "ProviderName", settings.ProviderName),
            new XElement(App + "DefaultLocale", "ja-JP"),
            new XElement(App + "DisplayName", new XAttribute("DefaultValue", "OfficeDx 施策表")),
            new XElement(App + "Description", new XAttribute("DefaultValue",
                "自治体DX推進計画の施策表を、プロファイルの書式で作成・編集して Word に挿入します。Excel では担当課の様式をチェックして、直すセルに色を付け、提出します。")),
            new XElement(App + "IconUrl", new XAttribute("DefaultValue", Url(IconPath("word", 32)))),
            new XElement(App + "HighResolutionIconUrl", new XAttribute("DefaultValue", Url(IconPath("word", 64)))),
            new XElement(App + "SupportUrl", new XAttribute("DefaultValue", (settings.SupportUrl ?? new Uri(origin + "/help.html")).ToString())),
            new XElement(App + "AppDomains", new XElement(App + "AppDomain", origin)),
            new XElement(App + "Hosts", hosts.Select(h => new XElement(App + "Host", new XAttribute("Name", h.Type)))),
            // Both panes read the open file as a compressed package (getFileAsync). The host-specific sets (WordApi 1.3, ExcelApi 1.2)
            // cannot be named here in a manifest for two hosts: each pane checks its own at start and says so in Japanese.
            new XElement(App + "Requirements", new XElement(App + "Sets", new XAttribute("DefaultMinVersion", "1.1"),
                new XElement(App + "Set", new XAttribute("Name", "CompressedFile"), new XAttribute("MinVersion", "1.1")))),
            new XElement(App + "DefaultSettings", new XElement(App + "SourceLocation", new XAttribute("DefaultValue", Url("/word.html")))),
            new XElement(App + "Permissions", "ReadWriteDocument"),
            new XElement(Ov + "VersionOverrides",
                new XAttribute("xmlns", Ov.NamespaceName),
                new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
                new XElement(Ov + "Hosts", hosts.Select(Host)),
                new XElement(Ov + "Resources",
                    new XElement(Bt + "Images", hosts.SelectMany(h => IconSizes.Select(size =>
                        new XElement(Bt + "Image", new XAttribute("id", $"{h.Prefix}.Icon.{size}"), new XAttribute("DefaultValue", Url(IconPath(h.Icon, size))))))),
                    new XElement(Bt + "Urls", hosts.Select(h => new XElement(Bt + "Url", new XAttribute("id", $"{h.Prefix}.Url"), new XAttribute("DefaultValue", Url(h.Page))))),
                    new XElement(Bt + "ShortStrings",
                        new XElement(Bt + "String", new XAttribute("id", "Group.Label"), new XAttribute("DefaultValue", "OfficeDx")),
                        hosts.Select(h => new XElement(Bt + "String", new XAttribute("id", $"{h.Prefix}.Label"), new XAttribute("DefaultValue", h.Label)))),
                    new XElement(Bt + "LongStrings", hosts.Select(h => new XElement(Bt + "String", new XAttribute("id", $"{h.Prefix}.Tip"), new XAttribute("DefaultValue", h.Tip))))),
                settings.ClientId is { } clientId ? WebApplicationInfo(clientId, settings.Resource ?? $"api://{settings.BaseUrl.Authority}/{clientId}") : null));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XComment(" OfficeDx の Word・Excel アドイン。officedx manifest で作成しました。Microsoft 365 管理センター（統合アプリ）から配布します（docs/deploy.md）。 "),
            root);
    }

    private static XElement Host(PaneHost h)
    {
        XElement Icon() => new(Ov + "Icon", IconSizes
            .Select(size => new XElement(Bt + "Image", new XAttribute("size", size), new XAttribute("resid", $"{h.Prefix}.Icon.{size}"))));
        return new XElement(Ov + "Host", new XAttribute(Xsi + "type", h.Type),
            new XElement(Ov + "DesktopFormFactor",
                new XElement(Ov + "ExtensionPoint", new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                    new XElement(Ov + "OfficeTab", new XAttribute("id", "TabHome"),
                        new XElement(Ov + "Group", new XAttribute("id", $"OfficeDx.{h.Prefix}.Group"),
                            new XElement(Ov + "Label", new XAttribute("resid", "Group.Label")),
                            Icon(),
                            new XElement(Ov + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", $"OfficeDx.{h.Prefix}.Open"),
                                new XElement(Ov + "Label", new XAttribute("resid", $"{h.Prefix}.Label")),
                                new XElement(Ov + "Supertip",
                                    new XElement(Ov + "Title", new XAttribute("resid", $"{h.Prefix}.Label")),
                                    new XElement(Ov + "Description", new XAttribute("resid", $"{h.Prefix}.Tip"))),
                                Icon(),
                                new XElement(Ov + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
                                    new XElement(Ov + "TaskpaneId", $"OfficeDx.{h.Prefix}"),
                                    new XElement(Ov + "SourceLocation", new XAttribute("resid", $"{h.Prefix}.Url")))))))));
    }

    /// <summary>Office SSO: the app registration's client id, its application id URI and the scopes the pane's token asks for.</summary>
    private static XElement WebApplicationInfo(string clientId, string resource) =>
        new(Ov + "WebApplicationInfo",
            new XElement(Ov + "Id", clientId),
            new XElement(Ov + "Resource", resource),
            new XElement(Ov + "Scopes",
                new XElement(Ov + "Scope", "openid"),
                new XElement(Ov + "Scope", "profile")));

    private sealed record PaneHost(string Type, string Icon, string Prefix, string Page, string Label, string Tip);
}

/// <summary>What a deployment's manifest depends on: the service's public https address and the Entra app registration.</summary>
public sealed record ManifestSettings(Uri BaseUrl)
{
    public string Version { get; init; } = "1.1.0.0";
    public string ProviderName { get; init; } = "OfficeDx";
    public Uri? SupportUrl { get; init; }

    /// <summary>The Entra app registration's client id; without it the manifest has no WebApplicationInfo (no Office SSO).</summary>
    public string? ClientId { get; init; }

    /// <summary>The application id URI (api://HOST/CLIENT-ID by default, what Office SSO requires).</summary>
    public string? Resource { get; init; }
}
