using System.Globalization;
using System.Text;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Names of the tag-carrying bookmarks and the list that maps them back to tags. A bookmark name may hold only 40 ASCII
/// letters, digits and underscores, and no two may be equal, so the name is the control's number (odx_17); the list of
/// number, kind and tag is kept in a custom document property, which LibreOffice keeps as well.
/// </summary>
internal static class TagBookmarks
{
    public const string NamePrefix = "odx_";
    public const string Property = "odx:bookmarks";

    // Glossary marker bookmarks use 9000 + their number; these stay clear of them and of a person's own bookmarks.
    private const int IdOffset = 100000;

    public static string Name(int number) => NamePrefix + number.ToString(CultureInfo.InvariantCulture);

    public static string BookmarkId(int number) => (IdOffset + number).ToString(CultureInfo.InvariantCulture);

    public static bool TryNumber(string name, out int number)
    {
        number = 0;
        return name.StartsWith(NamePrefix, StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(NamePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>One line per bookmark: number, b (block) or i (inline), tag.</summary>
    public static string Serialize(IEnumerable<TagBookmark> bookmarks)
    {
        var builder = new StringBuilder();
        foreach (var b in bookmarks)
            builder.Append(b.Number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(b.Block ? 'b' : 'i').Append(' ').Append(b.Tag).Append('\n');
        return builder.ToString();
    }

    /// <summary>The bookmarks of a list written by <see cref="Serialize"/>; lines that do not parse are skipped.</summary>
    public static Dictionary<int, TagBookmark> Parse(string text)
    {
        var result = new Dictionary<int, TagBookmark>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 3);
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && parts[1] is "b" or "i" && parts[2].StartsWith(Tags.Prefix, StringComparison.Ordinal))
                result.TryAdd(number, new TagBookmark(number, parts[2], parts[1] == "b"));
        }
        return result;
    }
}
