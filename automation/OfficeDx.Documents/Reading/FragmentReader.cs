using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reading;

/// <summary>Reads a measure back from a flat-OPC fragment: one the service wrote, or what Word's getOoxml returns for a selected table.</summary>
public static class FragmentReader
{
    /// <summary>The first tagged measure table of the fragment; the measure is null (with the reasons) when there is none or it is too damaged.</summary>
    public static MeasureReadResult ReadMeasure(string flatOpc, Profile profile, string source = "OOXML")
    {
        var document = FlatOpcPackage.MainDocument(flatOpc, source);
        var problems = new List<DocumentProblem>();
        var control = document.Descendants(WordXml.Sdt)
            .FirstOrDefault(sdt => WordXml.TagOf(sdt)?.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal) == true);
        if (control is null)
        {
            problems.Add(new DocumentProblem(source, "OfficeDx の施策表（タグ odx:measure: の付いたコンテンツ コントロール）が含まれていません。"));
            return new MeasureReadResult(null, problems);
        }
        var id = WordXml.TagOf(control)![Tags.MeasurePrefix.Length..];
        var measure = new MeasureTableReader(profile).Read(id, control, MeasureState.Active, $"施策表（ID {id}）", problems);
        return new MeasureReadResult(measure, problems);
    }
}
