using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Revisions;

/// <summary>Writes the 新旧対照表: for every changed measure, 改定後 | 改定前 side by side, insertions underlined and deletions struck through, grouped by area.</summary>
public static class ComparisonDocumentWriter
{
    private const int FieldTwips = 1418;   // 25 mm
    private const int SideTwips = 4110;    // the rest of a 170 mm text width, halved

    public static byte[] Write(Plan before, Plan after, RevisionSummary summary, Profile profile)
    {
        return new WordPackageWriter()
            .MainDocument(new Document(Body(before, after, summary, profile)))
            .DocumentPart("rIdStyles", "styles", "styles.xml", WordPackageWriter.StylesType, StyleSheet.Create(profile))
            .PackagePart("rIdCore", CoreProperties.RelationshipType, "docProps/core.xml", CoreProperties.ContentType,
                s => CoreProperties.Write(s, $"{after.Title} 新旧対照表", after.Municipality))
            .ToArray();
    }

    private static Body Body(Plan before, Plan after, RevisionSummary summary, Profile profile)
    {
        var body = new Body(
            TextRuns.Paragraph(StyleIds.Title, $"{after.Title} 新旧対照表"),
            TextRuns.Paragraph(StyleIds.Subtitle, $"{before.Edition ?? "前の版"} → {after.Edition ?? "改定版"}"));
        body.Append(SummaryTable(summary));
        body.Append(TextRuns.Paragraph(StyleIds.Spacer));

        foreach (var group in summary.Measures.GroupBy(m => m.GroupArea.Id))
        {
            var area = group.First().GroupArea;
            body.Append(TextRuns.Paragraph(StyleIds.Heading(1), $"{area.Number} {area.Title}".Trim()));
            foreach (var revision in group)
            {
                var measure = revision.Current;
                body.Append(TextRuns.Paragraph(StyleIds.ListHeading, $"{measure.Number} {measure.Name}".Trim()));
                body.Append(RevisionTable(revision, profile));
                body.Append(TextRuns.Paragraph(StyleIds.Spacer));
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1417, Bottom = 1417, Left = 1134, Right = 1134, Header = 851, Footer = 992, Gutter = 0 }));
        return body;
    }

    private static Table SummaryTable(RevisionSummary summary)
    {
        var rows = new (string Label, int Count)[]
        {
            ("内容を修正した施策", summary.Count(RevisionKind.Modified)),
            ("追加した施策", summary.Count(RevisionKind.Added)),
            ("実施済みとした施策", summary.Count(RevisionKind.Completed)),
            ("分野を移した施策", summary.Count(RevisionKind.Moved)),
            ("番号を振り直した施策", summary.Count(RevisionKind.Renumbered)),
            ("削除した施策", summary.Count(RevisionKind.Removed)),
            ("修正した項目（延べ）", summary.FieldCount),
        };
        var table = NewTable([4536, 1418], "改定の概要");
        table.Append(new TableRow(new TableRowProperties(new TableHeader()),
            TableCells.Label(4536, "区分"), TableCells.Label(1418, "件数")));
        foreach (var (label, count) in rows)
        {
            table.Append(new TableRow(
                TableCells.Value(4536, 1, TextRuns.Paragraph(StyleIds.TableText, label)),
                TableCells.Value(1418, 1, TextRuns.Paragraph(StyleIds.TableText, count.ToString(CultureInfo.InvariantCulture)))));
        }
        return table;
    }

    private static Table RevisionTable(MeasureRevision revision, Profile profile)
    {
        var table = NewTable([FieldTwips, SideTwips, SideTwips], $"新旧対照：{revision.Current.Name}");
        table.Append(new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()),
            TableCells.Label(FieldTwips, "項目"), TableCells.Label(SideTwips, "改定後"), TableCells.Label(SideTwips, "改定前")));

        void Row(string label, OpenXmlElement[] afterContent, OpenXmlElement[] beforeContent) => table.Append(new TableRow(
            TableCells.Label(FieldTwips, label),
            TableCells.Value(SideTwips, 1, afterContent),
            TableCells.Value(SideTwips, 1, beforeContent)));

        foreach (var kind in revision.Kinds)
        {
            switch (kind)
            {
                case RevisionKind.Added:
                    Row("追加", Marked(revision.After!.Name, DiffOperation.Inserted), Plain("（新規）"));
                    break;
                case RevisionKind.Removed:
                    Row("削除", Plain("（削除）"), Marked(revision.Before!.Name, DiffOperation.Deleted));
                    break;
                case RevisionKind.Completed:
                    Row("状態", Marked($"{profile.CompletedHeading}へ移動", DiffOperation.Inserted), Plain(revision.Before!.State == MeasureState.Added ? "追加の個別施策" : "実施中の施策"));
                    break;
                case RevisionKind.Moved:
                    var move = TextDiff.Compare(Place(revision.AreaBefore!, revision.Before!), Place(revision.AreaAfter!, revision.After!));
                    Row("分野の移動", Diff(move, DiffOperation.Inserted), Diff(move, DiffOperation.Deleted));
                    break;
            }
        }
        foreach (var field in revision.Fields)
        {
            var pieces = TextDiff.Compare(field.Before, field.After);
            Row(FieldText.Label(field.Field), Diff(pieces, DiffOperation.Inserted), Diff(pieces, DiffOperation.Deleted));
        }
        return table;
    }

    /// <summary>Where a measure sits in one edition: its area, then its number there (a moved measure is renumbered in its new area).</summary>
    private static string Place(Area area, Measure measure) =>
        $"{area.Number} {area.Title}".Trim() + (measure.Number is { } number ? $"\n番号 {number}" : "");

    private static Table NewTable(int[] widths, string caption)
    {
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.MeasureTable },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = caption }),
            grid);
    }

    private static OpenXmlElement[] Plain(string text) => [TextRuns.Paragraph(StyleIds.TableText, text)];

    private static OpenXmlElement[] Marked(string text, DiffOperation operation) => Diff([new DiffPiece(operation, text)], operation);

    /// <summary>One side of the comparison: common text plain, this side's own text underlined (改定後) or struck through (改定前).</summary>
    private static OpenXmlElement[] Diff(IReadOnlyList<DiffPiece> pieces, DiffOperation side)
    {
        var paragraphs = new List<OpenXmlElement>();
        var paragraph = TextRuns.Paragraph(StyleIds.TableText);
        foreach (var piece in pieces.Where(p => p.Operation == DiffOperation.Equal || p.Operation == side))
        {
            var lines = piece.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    paragraphs.Add(paragraph);
                    paragraph = TextRuns.Paragraph(StyleIds.TableText);
                }
                if (lines[i].Length == 0) continue;
                paragraph.Append(TextRuns.Run(lines[i], piece.Operation switch
                {
                    DiffOperation.Inserted => new RunProperties(new Bold(), new Underline { Val = UnderlineValues.Single }),
                    DiffOperation.Deleted => new RunProperties(new Strike()),
                    _ => null,
                }));
            }
        }
        paragraphs.Add(paragraph);
        return paragraphs.ToArray();
    }
}
