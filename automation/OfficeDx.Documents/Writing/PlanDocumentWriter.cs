using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes a plan as a Word document in a profile's house style; the same plan always gives the same bytes.</summary>
public static class PlanDocumentWriter
{
    public const string ProfileVariable = PlanVariables.Profile;
    public const string SchemaVariable = PlanVariables.SchemaVersion;

    public static byte[] Write(Plan plan, Profile profile)
    {
        var context = new WriterContext(profile, plan.Period, bookmarkTags: true);
        var document = new Document(Body(plan, context));
        var package = new WordPackageWriter()
            .MainDocument(document)
            .DocumentPart("rIdStyles", "styles", "styles.xml", WordPackageWriter.StylesType, StyleSheet.Create(profile))
            .DocumentPart("rIdSettings", "settings", "settings.xml", WordPackageWriter.SettingsType, Settings(plan))
            .PackagePart("rIdCore", CoreProperties.RelationshipType, "docProps/core.xml", CoreProperties.ContentType,
                s => CoreProperties.Write(s, plan.Title, plan.Municipality))
            .PackagePart("rIdCustom", CustomProperties.RelationshipType, "docProps/custom.xml", CustomProperties.ContentType,
                s => CustomProperties.Write(s, CarriedProperties(plan, context)));
        return Glossary.GlossaryEditor.Apply(package.ToArray(), plan, profile.Glossary);
    }

    public static void Write(Plan plan, Profile profile, string path) => File.WriteAllBytes(path, Write(plan, profile));

    /// <summary>The profile, the schema version and the tag of every control again, where LibreOffice keeps them (see <see cref="TagBookmarks"/>).</summary>
    private static (string, string)[] CarriedProperties(Plan plan, WriterContext context) =>
    [
        (ProfileVariable, plan.Profile),
        (SchemaVariable, plan.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (TagBookmarks.Property, TagBookmarks.Serialize(context.Controls.Bookmarks)),
    ];

    private static Body Body(Plan plan, WriterContext context)
    {
        var profile = context.Profile;
        var body = new Body(new CoverWriter(context).Write(plan));
        var depth = 1;
        if (profile.ChapterHeading.Length > 0)
        {
            body.Append(TextRuns.Paragraph(StyleIds.Heading(1), profile.ChapterHeading));
            depth = 2;
        }
        // The legend explains arrows and ○; phase texts and captioned bars speak for themselves.
        if (profile.ScheduleStyle == ScheduleStyle.Arrows && profile.Rows.Any(r => r.Field == MeasureField.Schedule))
            body.Append(new LegendWriter(context).Write());
        var areas = new AreaWriter(context);
        foreach (var area in plan.Areas) body.Append(areas.Write(area, depth));
        body.Append(SectionProperties(profile));
        return body;
    }

    private static SectionProperties SectionProperties(Profile profile)
    {
        var page = profile.Page;
        return new SectionProperties(
            new PageSize { Width = (uint)WordUnits.MmToTwips(page.WidthMm), Height = (uint)WordUnits.MmToTwips(page.HeightMm) },
            new PageMargin
            {
                Top = WordUnits.MmToTwips(page.TopMm),
                Bottom = WordUnits.MmToTwips(page.BottomMm),
                Left = (uint)WordUnits.MmToTwips(page.LeftMm),
                Right = (uint)WordUnits.MmToTwips(page.RightMm),
                Header = 851,
                Footer = 992,
                Gutter = 0,
            },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = 360 });
    }

    private static Settings Settings(Plan plan) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 840 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new DocumentVariables(
            new DocumentVariable { Name = ProfileVariable, Val = plan.Profile },
            new DocumentVariable { Name = SchemaVariable, Val = plan.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "ja-JP" });
}
