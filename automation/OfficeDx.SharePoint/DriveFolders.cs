namespace OfficeDx.SharePoint;

/// <summary>
/// The folders of a drive as delta reports them (id → parent and name), so that files can be placed under the harvested
/// folder and given a path: delta returns neither paths nor only the folder asked for (it works on the drive root).
/// Kept between runs as lines "id TAB parent TAB name".
/// </summary>
internal sealed class DriveFolders
{
    private readonly Dictionary<string, (string? Parent, string Name)> folders = new(StringComparer.Ordinal);

    public DriveFolders(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length == 3) folders[parts[0]] = (parts[1].Length == 0 ? null : parts[1], parts[2]);
        }
    }

    public void Set(string id, string? parent, string name) => folders[id] = (parent, name);

    public void Remove(string id) => folders.Remove(id);

    public bool Contains(string id) => folders.ContainsKey(id);

    /// <summary>The path of an item below <paramref name="top"/> ("sub/file.docx"), or null when the item is not under it.</summary>
    public string? PathUnder(string top, string? parent, string name)
    {
        var segments = new List<string> { name };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = parent; current is not null && seen.Add(current);)
        {
            if (current == top)
            {
                segments.Reverse();
                return string.Join('/', segments);
            }
            if (!folders.TryGetValue(current, out var folder)) return null;
            segments.Add(folder.Name);
            current = folder.Parent;
        }
        return null;
    }

    public IReadOnlyList<string> ToLines() => folders.Select(f => $"{f.Key}\t{f.Value.Parent}\t{f.Value.Name}").Order(StringComparer.Ordinal).ToList();
}
