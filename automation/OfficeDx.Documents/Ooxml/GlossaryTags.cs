namespace OfficeDx.Documents.Ooxml;

/// <summary>The content-control tags and bookmark names of glossary markers and the glossary section.</summary>
public static class GlossaryTags
{
    public const string MarkerPrefix = "odx:glossary-marker:";
    public const string Section = "odx:glossary";
    public const string EntryPrefix = "odx:glossary-entry:";
    public const string Term = "odx:glossary-term";
    public const string Reading = "odx:glossary-reading";
    public const string Definition = "odx:glossary-definition";
    /// <summary>The document variable that caches what the section does not show (reading, expansion, variants).</summary>
    public const string CacheVariable = "odx:glossary";
    public const string BookmarkPrefix = "odxGlossary";

    public static string Marker(string term) => MarkerPrefix + term;
    public static string Entry(string term) => EntryPrefix + term;
    public static string Bookmark(int number) => BookmarkPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
