using System.Globalization;
using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reading;

/// <summary>
/// Measure tables in an OfficeDx document that no tag or bookmark ties to a measure: a table typed by hand, or one whose
/// bookmarks a re-save lost. They are read by their row labels, as «officedx import» reads them, so that none is dropped unseen.
/// </summary>
internal sealed class UntaggedMeasureTables(Profile profile)
{
    // Two labelled rows make a measure table, as in the legacy importer; one could be any table with a 名称 row.
    private const int MinimumLabelledRows = 2;
    // OfficeDx writes a measure's ※ and （参考） lines inside the field they belong to (notes have no field of their own), so
    // read back here they stay that field's text, as the tagged reader keeps them; only revision notes are notes.
    // Made on the first untagged table: a document OfficeDx wrote whole has none.
    private MeasureTableImporter? _importer;

    private MeasureTableImporter Importer => _importer ??= new(profile, asWritten: true);

    public bool IsMeasureTable(XElement table) => Importer.LabelledRows(LegacyTable.From(table)) >= MinimumLabelledRows;

    /// <summary>The measure a table holds, under a new id that no other measure of the document has; null when it is not a measure table.</summary>
    public Measure? Read(XElement table, string areaId, MeasureState state, string place, HashSet<string> ids, List<DocumentProblem> problems)
    {
        var legacy = LegacyTable.From(table);
        if (Importer.LabelledRows(legacy) < MinimumLabelledRows) return null;
        var id = NewId(areaId, ids);
        var tablePlace = $"{place} のタグの無い施策表";
        var read = new List<DocumentProblem>();
        var measure = Importer.Read(legacy, id, state, tablePlace, read);
        problems.Add(new DocumentProblem(tablePlace, measure is null
            ? "OfficeDx のタグもブックマークも無い施策表があり、見出し（ラベル）からも読めませんでした。表を確かめてください。"
            : $"OfficeDx のタグもブックマークも無い施策表「{measure.Name}」を、表の見出し（ラベル）から読みました。施策ID は {id} を振りました。内容を確かめてください。"));
        problems.AddRange(read);
        return measure;
    }

    private static string NewId(string areaId, HashSet<string> ids)
    {
        for (var n = 1; ; n++)
        {
            var id = $"{areaId}-label-{n.ToString(CultureInfo.InvariantCulture)}";
            if (ids.Add(id)) return id;
        }
    }
}
