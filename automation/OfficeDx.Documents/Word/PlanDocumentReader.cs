using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Word;

/// <summary>Harvests a plan back from a document OfficeDx wrote, finding every element by its content-control tag.</summary>
public static class PlanDocumentReader
{
    public static HarvestResult Read(string path)
    {
        using var document = WordFileOpener.Open(path);
        return Read(document.MainDocumentPart!, Path.GetFileName(path));
    }

    public static HarvestResult Read(byte[] bytes, string fileName)
    {
        using var document = WordFileOpener.Open(bytes, fileName);
        return Read(document.MainDocumentPart!, fileName);
    }

    private static HarvestResult Read(DocumentFormat.OpenXml.Packaging.MainDocumentPart main, string fileName)
    {
        var problems = new List<HarvestProblem>();
        var body = main.Document!.Body!;
        var variables = main.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentVariables>()?.Elements<DocumentVariable>()
            .Where(v => v.Name?.Value is not null).ToDictionary(v => v.Name!.Value!, v => v.Val?.Value ?? "") ?? [];
        var profileName = variables.GetValueOrDefault(PlanDocumentWriter.ProfileVariable, "akita");
        Profile profile;
        try
        {
            profile = ProfileLibrary.Load(profileName);
        }
        catch (ProfileException e)
        {
            problems.Add(new HarvestProblem("文書の設定", e.Message + " akita プロファイルで読みます。"));
            profile = ProfileLibrary.Load("akita");
        }

        var planControl = ContentControlIndex.Tagged(body, IsStructural).FirstOrDefault(t => t.Tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal));
        if (planControl.Control is null)
            problems.Add(new HarvestProblem(fileName, "OfficeDx の計画の見出し（計画名・計画期間）が見つかりません。OfficeDx で作成していない文書は「officedx import」で読み込んでください。"));
        string Field(string tag) => planControl.Control is null ? "" :
            ContentControlIndex.Tagged(planControl.Control).FirstOrDefault(t => t.Tag == tag).Control is { } c ? WordText.Of(c).Trim() : "";

        var reader = new MeasureTableReader(profile);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var areas = ContentControlIndex.Tagged(body, IsStructural)
            .Where(t => t.Tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal))
            .Select(t => ReadArea(t.Tag[Tags.AreaPrefix.Length..], t.Control, profile, reader, ids, problems))
            .ToArray();

        var period = ReadPeriod(Field(Tags.PlanFrom), Field(Tags.PlanTo), areas, profile, problems);
        var edition = planControl.Control is not null && ContentControlIndex.Tagged(planControl.Control).Any(t => t.Tag == Tags.PlanEdition)
            ? Field(Tags.PlanEdition) : null;
        var plan = new Plan
        {
            SchemaVersion = int.TryParse(variables.GetValueOrDefault(PlanDocumentWriter.SchemaVariable, "1"), out var version) ? version : Plan.CurrentSchemaVersion,
            Id = planControl.Tag?[Tags.PlanPrefix.Length..] ?? Path.GetFileNameWithoutExtension(fileName),
            Municipality = Field(Tags.PlanMunicipality),
            Title = Field(Tags.PlanTitle),
            Edition = string.IsNullOrEmpty(edition) ? null : edition,
            Profile = profile.Name,
            Period = period,
            Areas = areas,
        };
        return new HarvestResult(plan, problems);
    }

    /// <summary>Areas, measures and completed items own everything inside them.</summary>
    private static bool IsStructural(string tag) =>
        tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal)
        || tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal);

    private static Area ReadArea(string id, SdtElement control, Profile profile, MeasureTableReader reader, HashSet<string> ids, List<HarvestProblem> problems)
    {
        var content = ContentControlIndex.Content(control);
        var tagged = ContentControlIndex.Tagged(content, IsStructural).ToList();
        string Text(string tag) => tagged.FirstOrDefault(t => t.Tag == tag).Control is { } c ? WordText.Of(c).Trim() : "";
        var title = Text(Tags.AreaTitle);
        var place = $"分野「{Text(Tags.AreaNumber)} {title}」".Replace("「 ", "「");

        var measures = new List<Measure>();
        var children = new List<Area>();
        var afterDivider = false;
        foreach (var element in Walk(content))
        {
            if (element is Paragraph paragraph && !paragraph.Ancestors<SdtElement>().Any(a => a != control && IsInside(a, control)))
            {
                if (WordText.Of(paragraph).Trim() == profile.AddedDivider) afterDivider = true;
                continue;
            }
            if (ContentControlIndex.TagOf(element) is not { } tag) continue;
            var sdt = (SdtElement)element;
            if (tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal))
            {
                children.Add(ReadArea(tag[Tags.AreaPrefix.Length..], sdt, profile, reader, ids, problems));
            }
            else if (tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal))
            {
                var measureId = tag[Tags.MeasurePrefix.Length..];
                var measurePlace = $"{place} の施策表（ID {measureId}）";
                if (!ids.Add(measureId)) { problems.Add(new HarvestProblem(measurePlace, "同じ施策IDの表が二つあります。二つ目は読み込みませんでした。")); continue; }
                var state = afterDivider ? MeasureState.Added : MeasureState.Active;
                if (reader.Read(measureId, sdt, state, measurePlace, problems) is { } measure) measures.Add(measure);
            }
            else if (tag.StartsWith(Tags.CompletedPrefix, StringComparison.Ordinal))
            {
                var measureId = tag[Tags.CompletedPrefix.Length..];
                var name = WordText.Of(sdt).Trim();
                if (!ids.Add(measureId)) problems.Add(new HarvestProblem($"{place} の実施済みの施策（ID {measureId}）", "同じ施策IDがほかにもあります。読み込みませんでした。"));
                else if (name.Length == 0) problems.Add(new HarvestProblem($"{place} の実施済みの施策（ID {measureId}）", "名称が空です。読み込みませんでした。"));
                else measures.Add(new Measure { Id = measureId, Name = name, State = MeasureState.Completed });
            }
        }

        // Canonical order: active tables, added tables, completed list — the order the writer lays them out.
        var ordered = measures.Where(m => m.State == MeasureState.Active)
            .Concat(measures.Where(m => m.State == MeasureState.Added))
            .Concat(measures.Where(m => m.State == MeasureState.Completed)).ToArray();
        return new Area { Id = id, Number = Text(Tags.AreaNumber), Title = title, Measures = ordered, Areas = children };
    }

    private static bool IsInside(OpenXmlElement element, OpenXmlElement container) => element.Ancestors().Contains(container);

    /// <summary>Top-level paragraphs and tagged controls of an area, in document order, not descending into tagged controls.</summary>
    private static IEnumerable<OpenXmlElement> Walk(OpenXmlElement root)
    {
        foreach (var child in root.ChildElements)
        {
            if (child is Paragraph) { yield return child; continue; }
            if (ContentControlIndex.TagOf(child) is { } tag)
            {
                if (IsStructural(tag)) { yield return child; continue; }
            }
            if (child is Table) continue;
            foreach (var nested in Walk(child)) yield return nested;
        }
        foreach (var completed in root.Elements<Paragraph>().SelectMany(p => ContentControlIndex.Tagged(p))
                     .Where(t => t.Tag.StartsWith(Tags.CompletedPrefix, StringComparison.Ordinal)))
        {
            yield return completed.Control;
        }
    }

    private static PlanPeriod ReadPeriod(string fromText, string toText, IReadOnlyList<Area> areas, Profile profile, List<HarvestProblem> problems)
    {
        if (FiscalYear.TryParse(fromText, out var from) && FiscalYear.TryParse(toText, out var to))
            return new PlanPeriod { From = from, To = to };
        problems.Add(new HarvestProblem("計画期間", $"計画期間「{fromText}～{toText}」を年度として読めません（例：{new FiscalYear(2021).Format(profile.FiscalYearStyle)}）。工程表の年度から決めました。"));
        var years = areas.SelectMany(a => a.SelfAndDescendants()).SelectMany(a => a.Measures).SelectMany(m => m.Schedule).Select(e => e.FiscalYear).ToArray();
        return years.Length == 0 ? new PlanPeriod() : new PlanPeriod { From = years.Min(), To = years.Max() };
    }
}
