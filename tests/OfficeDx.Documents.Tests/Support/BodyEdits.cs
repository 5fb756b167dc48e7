using System.Xml.Linq;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>Edits a generated plan's body the way a drafter or another program might, and compares a harvest with the whole-body one.</summary>
public static class BodyEdits
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Harvests as a harvest does and from the whole body, and requires the same plan and the same problems.</summary>
    public static void AssertSameHarvest(byte[] docx, string because)
    {
        var harvested = PlanDocumentReader.Read(docx, "plan.docx");
        var whole = PlanDocumentReader.ReadWholeBody(docx, "plan.docx");
        Assert.AreEqual(PlanJson.Serialize(whole.Plan), PlanJson.Serialize(harvested.Plan), because);
        CollectionAssert.AreEqual(whole.Problems.Select(p => p.ToString()).ToArray(), harvested.Problems.Select(p => p.ToString()).ToArray(), because);
    }

    public static byte[] Edit(byte[] docx, Action<XElement> editBody) => HostileFiles.ReplaceEntry(docx, "word/document.xml", xml =>
    {
        var document = XDocument.Parse(xml);
        editBody(document.Root!.Element(W + "body")!);
        return document.ToString(SaveOptions.DisableFormatting);
    });

    /// <summary>The first content control with the tag.</summary>
    public static XElement Control(XElement body, string tag) => body.Descendants(W + "sdt")
        .First(s => s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val")?.Value == tag);

    /// <summary>The last paragraph of the first measure's overview cell, where a drafter types.</summary>
    public static XElement OverviewParagraph(XElement body) =>
        Control(body, Tags.Field(MeasureField.Overview)).Ancestors(W + "tc").First().Descendants(W + "p").Last();

    public static XElement Run(string text) => new(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));
}
