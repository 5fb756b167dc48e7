using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>Reads and edits plan JSON as plain JSON, independent of the product's model.</summary>
public static class PlanText
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Loads a plan file, lets <paramref name="edit"/> change it, and writes it to <paramref name="target"/>.</summary>
    public static void Edit(string source, string target, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(source))!;
        edit(root);
        File.WriteAllText(target, root.ToJsonString(Indented));
    }

    /// <summary>The ids of every measure in a plan file's JSON, in document order, at any area depth.</summary>
    public static IReadOnlyList<string> MeasureIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        var ids = new List<string>();
        foreach (var area in document.RootElement.GetProperty("areas").EnumerateArray()) Collect(area, ids);
        return ids;
    }

    private static void Collect(JsonElement area, List<string> ids)
    {
        foreach (var measure in area.GetProperty("measures").EnumerateArray()) ids.Add(measure.GetProperty("id").GetString()!);
        foreach (var child in area.GetProperty("areas").EnumerateArray()) Collect(child, ids);
    }
}
