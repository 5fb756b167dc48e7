using System.Globalization;
using System.Text;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Names of the bookmarks that carry a fragment's tags through LibreOffice. A fragment is inserted into a document whose
/// numbered list (<see cref="TagBookmarks"/>) does not know it, so the name itself holds the tag:
/// odxt, b or i (block or inline), five characters from the measure id, the control's number, _, and the encoded tag.
/// </summary>
internal static class FragmentBookmarks
{
    public const string NamePrefix = "odxt";

    // Word's limit for a bookmark name: 40 letters, digits or underscores, a letter first.
    private const int MaxNameLength = 40;
    private const int ScopeLength = 5;
    private const string Digits36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    // Clear of the numbered bookmarks (100000 + n) and the glossary markers (9000 + n); below int.MaxValue.
    private const int IdBase = 1_000_000_000;

    /// <summary>Five base-36 characters from the measure id: fragments of different measures get different names.</summary>
    public static string Scope(string measureId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(measureId)) hash = (hash ^ b) * 16777619u;
        var value = hash % 60_466_176u; // 36^5
        var scope = new char[ScopeLength];
        for (var i = ScopeLength - 1; i >= 0; i--, value /= 36) scope[i] = Digits36[(int)(value % 36)];
        return new string(scope);
    }

    /// <summary>The bookmark name for a control, or null when the encoded tag does not fit Word's 40 characters.</summary>
    public static string? Name(string scope, int number, string tag, bool block)
    {
        if (!tag.StartsWith(Tags.Prefix, StringComparison.Ordinal)) return null;
        var name = new StringBuilder(NamePrefix).Append(block ? 'b' : 'i').Append(scope).Append(Base36(number)).Append('_');
        foreach (var c in tag.AsSpan(Tags.Prefix.Length))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(c);
            else if (c == ':') name.Append('_');
            else if (c == '-') name.Append('H');
            else if (c is >= 'A' and <= 'Z') name.Append('U').Append(char.ToLowerInvariant(c));
            else if (c <= 0xFF) name.Append('X').Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else name.Append('Y').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            if (name.Length > MaxNameLength) return null;
        }
        return name.ToString();
    }

    /// <summary>The w:id of a fragment bookmark, away from the ids of the document it is inserted into.</summary>
    public static string BookmarkId(string scope, int number)
    {
        var scopeValue = scope.Aggregate(0L, (v, c) => v * 36 + Digits36.IndexOf(c, StringComparison.Ordinal));
        return (IdBase + scopeValue % 100_000 * 10_000 + number % 10_000).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The tag and kind a name written by <see cref="Name"/> carries; false for any other name.</summary>
    public static bool TryParse(string name, out string tag, out bool block)
    {
        tag = "";
        block = false;
        if (!name.StartsWith(NamePrefix, StringComparison.Ordinal) || name.Length < NamePrefix.Length + 1 + ScopeLength + 2) return false;
        var kind = name[NamePrefix.Length];
        if (kind is not ('b' or 'i')) return false;
        var separator = name.IndexOf('_', NamePrefix.Length + 1 + ScopeLength);
        if (separator < 0 || separator == NamePrefix.Length + 1 + ScopeLength) return false;
        var decoded = new StringBuilder(Tags.Prefix);
        for (var i = separator + 1; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') decoded.Append(c);
            else if (c == '_') decoded.Append(':');
            else if (c == 'H') decoded.Append('-');
            else if (c == 'U' && i + 1 < name.Length && name[i + 1] is >= 'a' and <= 'z') decoded.Append(char.ToUpperInvariant(name[++i]));
            else if (c is 'X' or 'Y' && TryHex(name, i + 1, c == 'X' ? 2 : 4, out var code))
            {
                decoded.Append((char)code);
                i += c == 'X' ? 2 : 4;
            }
            else return false;
        }
        if (decoded.Length == Tags.Prefix.Length) return false;
        tag = decoded.ToString();
        block = kind == 'b';
        return true;
    }

    private static bool TryHex(string text, int start, int length, out int value)
    {
        value = 0;
        return start + length <= text.Length
            && text.AsSpan(start, length).IndexOfAnyExcept("0123456789abcdef") < 0
            && int.TryParse(text.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static string Base36(int number)
    {
        if (number <= 0) return "0";
        var text = new StringBuilder();
        for (; number > 0; number /= 36) text.Insert(0, Digits36[number % 36]);
        return text.ToString();
    }
}
