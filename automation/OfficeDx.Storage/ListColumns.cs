using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OfficeDx.Core.Model;

namespace OfficeDx.Storage;

/// <summary>
/// Lists kept in one column (主な取組, 担当課, revision notes, glossary variants) as a JSON array, Japanese written as is:
/// any text survives, including line feeds and 、, and both databases store the same string.
/// </summary>
public static class ListColumns
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), Options);

    public static IReadOnlyList<string> Read(string? column) =>
        string.IsNullOrEmpty(column) ? [] : JsonSerializer.Deserialize<string[]>(column, Options) ?? [];

    public static string WriteNotes(IEnumerable<RevisionNote> notes) =>
        JsonSerializer.Serialize(notes.Select(n => new[] { n.Kind.ToString().ToLowerInvariant(), n.Text }).ToArray(), Options);

    public static IReadOnlyList<RevisionNote> ReadNotes(string? column) =>
        string.IsNullOrEmpty(column)
            ? []
            : (JsonSerializer.Deserialize<string[][]>(column, Options) ?? [])
                .Select(pair => new RevisionNote { Kind = Enum.Parse<RevisionNoteKind>(pair[0], ignoreCase: true), Text = pair[1] })
                .ToArray();
}
