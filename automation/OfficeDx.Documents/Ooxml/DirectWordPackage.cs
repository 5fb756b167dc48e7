using System.Xml;
using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Reads the parts a harvest needs straight from the zip, without the Open XML SDK: <see cref="PackageGuard"/> checks the package
/// and keeps each XML part as it inflated it, the relationships lead to the main document and its settings, footnotes and styles,
/// and only those are parsed. A package that is anything but a plain, consistent .docx (no main document of the .docx type, a
/// relationship to a part that is not there, a part without content type, two parts of one kind) is left to the SDK's reading
/// (<see cref="WordFileOpener"/>), so every damaged or unusual file is refused with the same message as before.
/// </summary>
public static class DirectWordPackage
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// The parts, or null when the SDK should read this package. Throws <see cref="DocumentOpenException"/> when the guard refuses
    /// it (naming <paramref name="opened"/> as <see cref="WordFileOpener"/> does); parts are named <paramref name="fileName"/>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="harvestBody"/>, the main document's body keeps only what a harvest of a tagged document reads
    /// (<see cref="WordParts.HarvestBodyOnly"/>); when the filter hid more than that, the body is read again whole. With
    /// <paramref name="captureMeasures"/> too, its measure tables are read as it streams past and the tree holds their controls
    /// without content (<see cref="WordParts.CapturedMeasures"/>); when a table holds something only the tree readers read, the
    /// body is read again with its tables.
    /// </remarks>
    public static WordParts? TryRead(byte[] bytes, string opened, string fileName, bool harvestBody = false, bool captureMeasures = false)
    {
        if (!FileSignature.IsZip(bytes) || FileSignature.IsCompoundFile(bytes)) return null;
        PackageGuard.KeptParts kept;
        try
        {
            try
            {
                kept = PackageGuard.CheckAndKeepXml(bytes, opened, harvestBody, captureMeasures);
            }
            catch (MeasureCapture.AbandonedException)
            {
                kept = PackageGuard.CheckAndKeepXml(bytes, opened, harvestBody);
            }
            if (kept.LostInFilter) kept = PackageGuard.CheckAndKeepXml(bytes, opened);
        }
        catch (PackageRejectedException e)
        {
            throw new DocumentOpenException(opened, e.Reason) { TooLarge = e.TooLarge };
        }
        Located? located;
        try
        {
            located = Locate(kept);
        }
        catch (Exception e) when (e is XmlException or UriFormatException or ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
        if (located is null) return null;
        XDocument? Part(string? name) => name is null ? null : kept.Xml[name];
        return new WordParts
        {
            Main = Part(located.Main)!,
            Settings = Part(located.Settings),
            Footnotes = Part(located.Footnotes),
            Styles = Part(located.Styles),
            Custom = located.Custom is null ? new Dictionary<string, string>() : CustomProperties.ReadKept(kept.Xml[located.Custom]),
            HarvestBodyOnly = kept.HarvestBodies,
            CapturedMeasures = kept.CapturedMeasures,
        };
    }

    /// <summary>The entry names of the parts to read.</summary>
    private sealed record Located(string Main, string? Settings, string? Footnotes, string? Styles, string? Custom);

    private static Located? Locate(PackageGuard.KeptParts kept)
    {
        if (!kept.Xml.TryGetValue("[Content_Types].xml", out var typesXml)) return null;
        var types = ContentTypesOf(typesXml);

        string? TypeOf(string part)
        {
            if (types.Overrides.TryGetValue("/" + part, out var type)) return type;
            var dot = part.LastIndexOf('.');
            return dot >= 0 && types.Defaults.TryGetValue(part[(dot + 1)..], out type) ? type : null;
        }

        // Every relationship of every part, as the SDK follows them when it opens a package: a target must be a part.
        var relationships = new Dictionary<string, List<(string Type, string Target)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in kept.Names.Where(n => n.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            if (!kept.Xml.TryGetValue(name, out var xml) || SourceOf(name) is not { } source) return null;
            var list = new List<(string, string)>();
            foreach (var relationship in xml.Root?.Elements(RelationshipsNs + "Relationship") ?? [])
            {
                if ((string?)relationship.Attribute("TargetMode") == "External") continue;
                if ((string?)relationship.Attribute("Type") is not { } type || (string?)relationship.Attribute("Target") is not { } target) return null;
                if (Resolve(source, target) is not { } part || !kept.Names.Contains(part) || TypeOf(part) is null) return null;
                list.Add((type, part));
            }
            relationships[source] = list;
        }

        string? Single(string source, string type, string contentType, bool required = false)
        {
            var targets = relationships.GetValueOrDefault(source)?.Where(r => r.Type == Relationships + type).Select(r => r.Target).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
            if (targets.Count > 1 || targets.Count == 0 && required) throw new InvalidOperationException("not a plain package");
            if (targets.Count == 0) return null;
            if (!string.Equals(TypeOf(targets[0]), contentType, StringComparison.OrdinalIgnoreCase) || !kept.Xml.ContainsKey(targets[0]))
                throw new InvalidOperationException("not a plain package");
            return targets[0];
        }

        var main = Single("", "officeDocument", WordTypes + "document.main+xml", required: true)!;
        return new Located(
            main,
            Single(main, "settings", WordTypes + "settings+xml"),
            Single(main, "footnotes", WordTypes + "footnotes+xml"),
            Single(main, "styles", WordTypes + "styles+xml"),
            Single("", "custom-properties", "application/vnd.openxmlformats-officedocument.custom-properties+xml"));
    }

    private static (Dictionary<string, string> Defaults, Dictionary<string, string> Overrides) ContentTypesOf(XDocument xml)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in xml.Root?.Elements() ?? [])
        {
            var type = (string?)element.Attribute("ContentType") ?? throw new FormatException("content type without a type");
            if (element.Name == ContentTypesNs + "Default") defaults.Add((string?)element.Attribute("Extension") ?? throw new FormatException("default without extension"), type);
            else if (element.Name == ContentTypesNs + "Override") overrides.Add(Uri.UnescapeDataString((string?)element.Attribute("PartName") ?? throw new FormatException("override without part")), type);
        }
        return (defaults, overrides);
    }

    /// <summary>The part a relationships entry belongs to: "" for the package's own (_rels/.rels), word/document.xml for word/_rels/document.xml.rels.</summary>
    private static string? SourceOf(string relsEntry)
    {
        if (relsEntry.Equals("_rels/.rels", StringComparison.OrdinalIgnoreCase)) return "";
        var slash = relsEntry.LastIndexOf('/');
        var folder = relsEntry[..Math.Max(slash, 0)];
        if (!folder.Equals("_rels", StringComparison.OrdinalIgnoreCase) && !folder.EndsWith("/_rels", StringComparison.OrdinalIgnoreCase)) return null;
        var parent = folder.Length > "_rels".Length ? folder[..^"/_rels".Length] + "/" : "";
        return parent + relsEntry[(slash + 1)..^".rels".Length];
    }

    /// <summary>The entry a relative or absolute internal target names, or null for anything shaped otherwise.</summary>
    private static string? Resolve(string source, string target)
    {
        if (target.Length == 0 || target.Contains(':') || target.Contains('\\') || target.Contains('#') || target.Contains('?')) return null;
        var path = target.StartsWith('/') ? target : source[..(source.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(segment);
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
