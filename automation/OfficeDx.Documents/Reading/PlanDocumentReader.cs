using System.Xml;
using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reading;

/// <summary>Harvests a plan back from a document OfficeDx wrote, finding every element by its content-control tag.</summary>
public static class PlanDocumentReader
{
    public static HarvestResult Read(string path) => Read(WordFileOpener.ReadFile(path), path, Path.GetFileName(path), null);

    /// <summary>Reads an uploaded document; <paramref name="cancellation"/> (a request's) is checked per area and per table.</summary>
    public static HarvestResult Read(byte[] bytes, string fileName, CancellationToken cancellation = default) => Read(bytes, fileName, fileName, null, cancellation);

    /// <summary>Reads with a given profile (one loaded from a file, say) instead of the one the document names.</summary>
    public static HarvestResult Read(byte[] bytes, string fileName, Profile profile) => Read(bytes, fileName, fileName, profile);

    /// <summary>
    /// Straight from the zip when the package is a plain .docx (<see cref="DirectWordPackage"/>), else through the Open XML SDK;
    /// <paramref name="opened"/> names the file in the opener's messages, <paramref name="fileName"/> in the reader's.
    /// </summary>
    private static HarvestResult Read(byte[] bytes, string opened, string fileName, Profile? given, CancellationToken cancellation = default)
    {
        // A tagged document is read from a body that holds only what its reading needs, its measure tables read as it streamed
        // past; restoring lost tags and reading by labels take the whole body.
        if (Guarded(() => DirectWordPackage.TryRead(bytes, opened, fileName, harvestBody: true, captureMeasures: true), fileName) is { } filtered
            && Guarded(() => Read(filtered, fileName, given, cancellation), fileName) is { } harvest)
            return harvest;
        if (Guarded(() => DirectWordPackage.TryRead(bytes, opened, fileName), fileName) is { } direct)
            return Guarded(() => Read(direct, fileName, given, cancellation), fileName)!;
        using var document = WordFileOpener.Open(bytes, opened);
        return Guarded(() => Read(WordParts.FromPackage(document.MainDocumentPart!, fileName), fileName, given, cancellation), fileName)!;
    }

    /// <summary>Reads from the whole body, as a document the filtered body is not enough for is read: the baseline the filter is tested against.</summary>
    internal static HarvestResult ReadWholeBody(byte[] bytes, string fileName) =>
        Read(DirectWordPackage.TryRead(bytes, fileName, fileName) ?? throw new ArgumentException("not a plain .docx", nameof(bytes)), fileName, null)!;

    /// <summary>Parts are read lazily: a part that turns out to be missing or damaged only now is still bad input.</summary>
    private static T Guarded<T>(Func<T> read, string fileName)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }

    /// <summary>The harvest, or null when <paramref name="parts"/> holds a harvest-only body and the document needs the whole one.</summary>
    private static HarvestResult? Read(WordParts parts, string fileName, Profile? given, CancellationToken cancellation = default)
    {
        var problems = new List<DocumentProblem>();
        var body = parts.Main.Root?.Element(WordXml.Body)
            ?? throw new DocumentOpenException(fileName, "Word 文書に本文がありません。");
        var variables = DocumentVariables(parts.Settings);
        // A document LibreOffice re-saved has lost its tags and document variables; the custom properties carry both.
        var custom = parts.Custom;
        var restored = false;
        var hasTags = ContentControlIndex.Tagged(body).Any(t => t.Tag.StartsWith(Tags.Prefix, StringComparison.Ordinal));
        if (!hasTags && parts.HarvestBodyOnly || parts.CapturedMeasures > 0 && HeadingInCapturedTable(parts, body)) return null;
        var tagged = hasTags
            || custom.TryGetValue(TagBookmarks.Property, out var bookmarks) && (restored = TagRestorer.Restore(body, TagBookmarks.Parse(bookmarks)));
        // Before the fields are read, so that their text leaves the markers out; the warning goes first, where a drafter sees it.
        if (restored && Glossary.UntaggedMarkers.Retag(body) is > 0 and var lost)
            problems.Add(new DocumentProblem(fileName, $"LibreOffice などで保存し直された文書で、用語の注記 {lost} 個がタグを失っています。LibreOffice は注記の前の文字を別の欄へ移すことがあるため、注記のある施策表の文字が元と違っている場合があります。Word で保存した元の文書があればそちらを読み込み、無ければ施策表の内容を確かめてください。"));
        foreach (var name in new[] { PlanVariables.Profile, PlanVariables.SchemaVersion })
            if (!variables.ContainsKey(name) && custom.TryGetValue(name, out var value)) variables[name] = value;
        if (!tagged) return ByLabels(body, fileName, given ?? NamedProfile(variables));
        var profileName = variables.GetValueOrDefault(PlanVariables.Profile, ProfileLibrary.Default);
        Profile profile;
        try
        {
            profile = given ?? ProfileLibrary.Named(profileName, "文書の設定 odx:profile");
        }
        catch (ProfileException e)
        {
            problems.Add(new DocumentProblem("文書の設定", e.Message + " akita プロファイルで読みます。"));
            profile = ProfileLibrary.Load(ProfileLibrary.Default);
        }

        var topLevel = ContentControlIndex.Tagged(body, IsStructural).ToList();
        var planControl = topLevel.FirstOrDefault(t => t.Tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal));
        if (planControl.Control is null)
            problems.Add(new DocumentProblem(fileName, "OfficeDx の計画の見出し（計画名・計画期間）が見つかりません。OfficeDx で作成していない文書は「officedx import」で読み込んでください。"));
        var planFields = planControl.Control is null ? [] : ContentControlIndex.Tagged(planControl.Control).ToList();
        string? Field(string tag) => planFields.FirstOrDefault(t => t.Tag == tag).Control is { } c ? WordText.Of(c).Trim() : null;

        var reader = new MeasureTableReader(profile);
        var untagged = new UntaggedMeasureTables(profile);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var areas = topLevel
            .Where(t => t.Tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal))
            .Select(t => ReadArea(t.Tag[Tags.AreaPrefix.Length..], t.Control, profile, reader, untagged, ids, problems, cancellation))
            .ToArray();
        ReportOutsideAreas(body, untagged, problems);

        var glossary = Glossary.GlossaryHarvester.Read(parts, body, fileName, problems);
        // Glossary controls carry no bookmarks: in a re-saved document the terms come from the cache in the custom properties,
        // and each marker's term from the term right before it, which LibreOffice may have moved away.
        if (restored && glossary.Count > 0)
            problems.Add(new DocumentProblem("用語集", "タグが失われていたため、用語と解説は文書のプロパティに残した控えから、注記は注記の直前の用語から読みました。直前の文字が移った注記は用語に結び付かず、その用語は注記なしになります。注記番号と最初に使われた場所を確かめてください。"));
        var edition = Field(Tags.PlanEdition);
        var plan = new Plan
        {
            SchemaVersion = int.TryParse(variables.GetValueOrDefault(PlanVariables.SchemaVersion, "1"), out var version) ? version : Plan.CurrentSchemaVersion,
            Id = planControl.Tag?[Tags.PlanPrefix.Length..] ?? Path.GetFileNameWithoutExtension(fileName),
            Municipality = Field(Tags.PlanMunicipality) ?? "",
            Title = Field(Tags.PlanTitle) ?? "",
            Edition = string.IsNullOrEmpty(edition) ? null : edition,
            Profile = profile.Name,
            Period = ReadPeriod(Field(Tags.PlanFrom) ?? "", Field(Tags.PlanTo) ?? "", areas, profile, problems),
            Areas = areas,
            Glossary = glossary,
        };
        return new HarvestResult(plan, problems);
    }

    /// <summary>
    /// A glossary marker's place counts the headings before it; a heading inside a table read as the body streamed past is not in
    /// the tree, so a document with both is read from the whole body.
    /// </summary>
    private static bool HeadingInCapturedTable(WordParts parts, XElement body)
    {
        if (!ContentControlIndex.Tagged(body).Any(t => t.Tag.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal))) return false;
        var headings = new Glossary.HeadingStyles(parts.Styles);
        return CapturedMeasure.Under(body).Any(m => m.StyledParagraphs.Any(headings.IsHeading));
    }

    /// <summary>Neither tags nor bookmarks: the headings and the measure-table labels are all there is, read as «officedx import» reads them.</summary>
    private static HarvestResult ByLabels(XElement body, string fileName, Profile? profile)
    {
        var import = Import.LegacyDocumentImporter.FromBody(body, fileName, profile);
        var problems = new List<DocumentProblem>
        {
            new(fileName, $"OfficeDx のタグもブックマークも無い文書です。分野の見出しと施策表の見出し（ラベル）から、プロファイル {import.Profile.Name} で読みました。施策IDは振り直しています。"
                + (profile is null ? $"（プロファイルの選び方：{import.ProfileReason.TrimEnd('。')}）" : "")),
        };
        problems.AddRange(import.Unplaced);
        return new HarvestResult(import.Plan, problems);
    }

    /// <summary>The profile the document names, when it names one that exists; otherwise the importer picks the best match.</summary>
    private static Profile? NamedProfile(Dictionary<string, string> variables)
    {
        if (!variables.TryGetValue(PlanVariables.Profile, out var name)) return null;
        try
        {
            return ProfileLibrary.Named(name, "文書の設定 odx:profile");
        }
        catch (ProfileException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> DocumentVariables(XDocument? settings)
    {
        if (settings is null) return [];
        return settings.Root?.Element(WordXml.DocVars)?.Elements(WordXml.DocVar)
            .Where(v => v.Attribute(WordXml.Name) is not null)
            .GroupBy(v => v.Attribute(WordXml.Name)!.Value)
            .ToDictionary(g => g.Key, g => g.First().Attribute(WordXml.Val)?.Value ?? "") ?? [];
    }

    /// <summary>Areas, measures and the plan block own everything inside them.</summary>
    private static bool IsStructural(string tag) =>
        tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal)
        || tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal);

    /// <summary>A measure table outside every area has no area to go into: it is reported, not dropped unseen.</summary>
    private static void ReportOutsideAreas(XElement body, UntaggedMeasureTables untagged, List<DocumentProblem> problems)
    {
        foreach (var element in Walk(body).Where(e => e.Name != WordXml.Paragraph))
        {
            var tag = WordXml.TagOf(element);
            if (tag?.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal) == true)
                problems.Add(new DocumentProblem($"施策表（ID {tag[Tags.MeasurePrefix.Length..]}）", "どの分野の中にも無いため読み込みませんでした。分野の見出しの後ろに移してください。"));
            else if (tag is null && untagged.IsMeasureTable(element))
            {
                var text = WordText.Of(element).Trim();
                problems.Add(new DocumentProblem("分野の外の表", $"施策表らしい表（{text[..Math.Min(30, text.Length)]}…）がどの分野の中にも無いため読み込みませんでした。分野の見出しの後ろに移してください。"));
            }
        }
    }

    private static Area ReadArea(string id, XElement control, Profile profile, MeasureTableReader reader, UntaggedMeasureTables untagged, HashSet<string> ids, List<DocumentProblem> problems,
        CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var content = WordXml.ContentOf(control);
        var tagged = ContentControlIndex.Tagged(content, IsStructural).ToList();
        string Text(string tag) => tagged.FirstOrDefault(t => t.Tag == tag).Control is { } c ? WordText.Of(c).Trim() : "";
        var number = Text(Tags.AreaNumber);
        var title = Text(Tags.AreaTitle);
        var place = $"分野「{$"{number} {title}".Trim()}」";

        var measures = new List<Measure>();
        var children = new List<Area>();
        var afterDivider = false;
        foreach (var element in Walk(content))
        {
            cancellation.ThrowIfCancellationRequested();
            if (element.Name == WordXml.Paragraph)
            {
                if (WordText.Of(element).Trim() == profile.AddedDivider) afterDivider = true;
                foreach (var (tag, item) in ContentControlIndex.Tagged(element).Where(t => t.Tag.StartsWith(Tags.CompletedPrefix, StringComparison.Ordinal)))
                    ReadCompleted(tag[Tags.CompletedPrefix.Length..], item, place, ids, measures, problems);
                continue;
            }
            var state = afterDivider ? MeasureState.Added : MeasureState.Active;
            if (element.Name == WordXml.Table)
            {
                if (untagged.Read(element, id, state, place, ids, problems) is { } byLabels) measures.Add(byLabels);
                continue;
            }
            var structural = WordXml.TagOf(element)!;
            if (structural.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal))
            {
                children.Add(ReadArea(structural[Tags.AreaPrefix.Length..], element, profile, reader, untagged, ids, problems, cancellation));
                continue;
            }
            if (!structural.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal))
            {
                // Only the document's outermost block may be the plan's: one inside an area is damaged or hand-edited.
                problems.Add(new DocumentProblem(place, $"項目の中に計画全体のコンテンツ コントロール（タグ {ShortQuote.Of(structural)}）があります。その中は読み込みませんでした。"));
                continue;
            }
            var measureId = structural[Tags.MeasurePrefix.Length..];
            var measurePlace = $"{place} の施策表（ID {measureId}）";
            if (!ids.Add(measureId))
            {
                problems.Add(new DocumentProblem(measurePlace, "同じ施策IDの表が二つあります。二つ目は読み込みませんでした。"));
                continue;
            }
            if (reader.Read(measureId, element, state, measurePlace, problems) is { } measure) measures.Add(measure);
        }

        // Canonical order: active tables, added tables, completed list — the order the writer lays them out.
        var ordered = measures.Where(m => m.State == MeasureState.Active)
            .Concat(measures.Where(m => m.State == MeasureState.Added))
            .Concat(measures.Where(m => m.State == MeasureState.Completed)).ToArray();
        return new Area { Id = id, Number = number, Title = title, Measures = ordered, Areas = children };
    }

    private static void ReadCompleted(string id, XElement control, string place, HashSet<string> ids, List<Measure> measures, List<DocumentProblem> problems)
    {
        var name = WordText.Of(control).Trim();
        var itemPlace = $"{place} の実施済みの施策（ID {id}）";
        if (!ids.Add(id)) problems.Add(new DocumentProblem(itemPlace, "同じ施策IDがほかにもあります。読み込みませんでした。"));
        else if (name.Length == 0) problems.Add(new DocumentProblem(itemPlace, "名称が空です。読み込みませんでした。"));
        else measures.Add(new Measure { Id = id, Name = name, State = MeasureState.Completed });
    }

    /// <summary>The paragraphs, the tables and the structural controls under an element in document order, not looking inside the last two.</summary>
    private static IEnumerable<XElement> Walk(XElement root)
    {
        foreach (var child in root.Elements())
        {
            if (child.Name == WordXml.Paragraph || child.Name == WordXml.Table) { yield return child; continue; }
            if (WordXml.TagOf(child) is { } tag && IsStructural(tag)) { yield return child; continue; }
            foreach (var nested in Walk(child)) yield return nested;
        }
    }

    private static PlanPeriod ReadPeriod(string fromText, string toText, IReadOnlyList<Area> areas, Profile profile, List<DocumentProblem> problems)
    {
        if (FiscalYear.TryParse(fromText, out var from) && FiscalYear.TryParse(toText, out var to))
            return new PlanPeriod { From = from, To = to };
        problems.Add(new DocumentProblem("計画期間", $"計画期間「{fromText}～{toText}」を年度として読めません（例：{new FiscalYear(2021).Format(profile.FiscalYearStyle)}）。工程表の年度から決めました。"));
        var years = areas.SelectMany(a => a.SelfAndDescendants()).SelectMany(a => a.Measures).SelectMany(m => m.Schedule.Select(e => e.FiscalYear)
            .Concat(m.Tracks.SelectMany(t => t.Spans).SelectMany(s => new[] { s.From, s.To }))).ToArray();
        return years.Length == 0 ? new PlanPeriod() : new PlanPeriod { From = years.Min(), To = years.Max() };
    }
}
