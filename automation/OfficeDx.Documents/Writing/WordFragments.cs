using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Pieces of a plan document as flat-OPC fragments for the add-in: the same writers, tags and styles as a whole document.</summary>
public static class WordFragments
{
    /// <summary>One measure table in its content control, followed by the spacer paragraph a document puts after it.</summary>
    /// <remarks>Its controls carry bookmarks whose names spell their tags, so the measure survives a LibreOffice re-save of the document it goes into.</remarks>
    public static string MeasureTable(Measure measure, Profile profile, PlanPeriod period)
    {
        var context = new WriterContext(profile, period, fragmentScope: FragmentBookmarks.Scope(measure.Id));
        return Package(profile, new MeasureTableWriter(context).Write(measure), TextRuns.Paragraph(StyleIds.Spacer));
    }

    /// <summary>The two schedule rows of a measure (fiscal-year header and phases with arrows) as a table of their own.</summary>
    public static string ScheduleRows(Measure measure, Profile profile, PlanPeriod period)
    {
        var context = new WriterContext(profile, period);
        var geometry = context.Geometry;
        var xml = context.Markup
            .Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").Append(StyleIds.MeasureTable).Append("\" /><w:tblW w:w=\"").Append(geometry.TotalTwips)
            .Append("\" w:type=\"dxa\" /><w:tblLayout w:type=\"fixed\" />")
            .Append("<w:tblLook w:val=\"04A0\" w:firstRow=\"true\" w:lastRow=\"false\" w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"false\" w:noVBand=\"true\" /></w:tblPr>")
            .Grid(geometry.LabelTwips, geometry.YearTwips);
        new ScheduleRowsWriter(context).Write(profile.Row(MeasureField.Schedule).Label, measure);
        return Package(profile, xml.Append("</w:tbl>").Finish(), TextRuns.Paragraph(StyleIds.Spacer));
    }

    /// <summary>The schedule legend (凡例) as the document writer places it before the first area.</summary>
    public static string Legend(Profile profile)
    {
        // The legend shows no fiscal year; the context still wants a valid period to lay out its (unused) year columns.
        var anyYear = new Core.Time.FiscalYear(2021);
        var context = new WriterContext(profile, new PlanPeriod { From = anyYear, To = anyYear });
        return Package(profile, new LegendWriter(context).Write().ToArray());
    }

    /// <summary>Each profile's styles part, written once: it is the same for every fragment and is most of the package's text.</summary>
    private static readonly ConditionalWeakTable<Profile, string> StylesXml = new();

    private static string Package(Profile profile, params OpenXmlElement[] content) =>
        FlatOpcPackage.Write(new Document(new Body(content)).OuterXml, StylesXml.GetValue(profile, p => StyleSheet.Create(p).OuterXml));
}
