using CsCheck;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Testing;

/// <summary>
/// Random valid plans: Japanese, full-width and ASCII text (quotes and backslashes included), optional fields null or present,
/// areas nested up to three deep, every measure state, phase, note kind and schedule caption, 1–10 fiscal years.
/// Plans come in canonical order (active, added, then completed measures; name notes first), the order a document holds them.
/// </summary>
public static class PlanGenerators
{
    private const string Kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげごアイウエオカキクケコサシスセソタチツテトナニヌネノヴー";
    private const string Kanji = "市民課行政手続電子申請施策概要推進計画本部情報統計地域活用導入検討実施継続窓口決済割合図書館教育委員会事務局";
    private const string FullWidth = "０１２３４５６７８９ＡＢＣＩＴＣＤＸａｂｃ（）［］％＊　";
    private const string Ascii = "ABCXYZabcxyz0123456789 .-_/()%&<>\"'\\";
    private const string Symbols = "①②③⑳※○→「」『』・。，．：；！？～〜㈱";

    /// <summary>One character, sometimes outside the BMP (𠮷, written as a surrogate pair).</summary>
    private static readonly Gen<string> Character = Gen.Frequency(
        (5, Gen.Char[Kana].Select(c => c.ToString())),
        (4, Gen.Char[Kanji].Select(c => c.ToString())),
        (2, Gen.Char[FullWidth].Select(c => c.ToString())),
        (2, Gen.Char[Ascii].Select(c => c.ToString())),
        (1, Gen.Char[Symbols].Select(c => c.ToString())),
        (1, Gen.Const("𠮷")));

    private static Gen<string> Text(int min, int max) => Character.Array[min, max].Select(string.Concat);

    /// <summary>A single line without leading or trailing white space.</summary>
    public static readonly Gen<string> Line = Text(1, 30)
        .Select(s => s.Trim())
        .Where(s => s.Length > 0);

    private static readonly Gen<string> Department = Line.Select(s => s.Replace('、', '課').Replace('，', '課').Replace(',', '課'));

    /// <summary>1–6 lines, each possibly empty or with spaces at either end, sometimes a long one.</summary>
    private static readonly Gen<string> Paragraphs = Gen.Frequency((6, Text(0, 60)), (1, Text(200, 500)))
        .Array[1, 6].Select(lines => string.Join("\n", lines));

    private static Gen<string?> Optional(Gen<string> gen) => Gen.Frequency((1, Gen.Const((string?)null)), (2, gen.Select(s => (string?)s)));

    private static Gen<IndicatorValue> Value(int from, int to) =>
        Gen.Select(Gen.Int[from, to], Line, (year, value) => new IndicatorValue { FiscalYear = new FiscalYear(year), Value = value });

    private static Gen<IndicatorValue[]> DistinctValues(int from, int to, int max) =>
        Value(from, to).Array[0, max].Select(values => values.DistinctBy(v => v.FiscalYear).ToArray());

    private static Gen<Indicator> IndicatorGen(PlanPeriod period) => Gen.Select(
        Line,
        Gen.Frequency((1, Gen.Const((IndicatorValue?)null)), (1, Value(period.From.StartYear - 2, period.From.StartYear).Select(v => (IndicatorValue?)v))),
        DistinctValues(period.From.StartYear, period.To.StartYear + 2, 2),
        DistinctValues(period.From.StartYear, period.To.StartYear, 3),
        (name, baseline, targets, actuals) => new Indicator { Name = name, Baseline = baseline, Targets = targets, Actuals = actuals });

    private static Gen<ScheduleEntry[]> Schedule(PlanPeriod period) =>
        Gen.Select(Gen.Enum<Phase>(), Optional(Line))
            .Array[period.Length]
            .Select(cells => cells
                .Select((cell, i) => new ScheduleEntry { FiscalYear = new FiscalYear(period.From.StartYear + i), Phase = cell.Item1, Caption = cell.Item2 })
                .Where(e => e.Phase != Phase.None || e.Caption is not null)
                .ToArray());

    private static readonly Gen<RevisionNote[]> Notes =
        Gen.Select(Gen.Enum<RevisionNoteKind>(), Line, (kind, text) => new RevisionNote { Kind = kind, Text = "※" + text }).Array[0, 3]
            .Select(notes => notes.OrderBy(n => n.Kind == RevisionNoteKind.Name ? 0 : 1).ToArray());

    private static Gen<Measure> TableMeasure(PlanPeriod period) => Gen.Select(
        Gen.Select(Optional(Line), Line, Gen.Frequency((3, Gen.Const(MeasureState.Active)), (1, Gen.Const(MeasureState.Added))), Optional(Paragraphs)),
        Gen.Select(Gen.Frequency((1, Gen.Const("")), (3, Paragraphs)), Line.Array[0, 3], Schedule(period)),
        Gen.Select(IndicatorGen(period).Array[0, 3], Department.Array[0, 3], Notes),
        (head, body, tail) => new Measure
        {
            Number = head.Item1,
            Name = head.Item2,
            State = head.Item3,
            Issues = head.Item4,
            Overview = body.Item1,
            MainActions = body.Item2,
            Schedule = body.Item3,
            Indicators = tail.Item1,
            Departments = tail.Item2,
            Notes = tail.Item3,
        });

    private static readonly Gen<Measure> CompletedMeasure = Line.Select(name => new Measure { Name = name, State = MeasureState.Completed });

    private static Gen<Measure[]> Measures(PlanPeriod period) =>
        Gen.Select(TableMeasure(period).Array[0, 3], CompletedMeasure.Array[0, 2], (tables, completed) =>
            tables.Where(m => m.State == MeasureState.Active).Concat(tables.Where(m => m.State == MeasureState.Added)).Concat(completed).ToArray());

    private static Gen<Area> AreaGen(PlanPeriod period, int depth) => Gen.Select(
        Gen.Frequency((1, Gen.Const("")), (4, Line)),
        Line,
        Measures(period),
        depth >= 3
            ? Gen.Const(Array.Empty<Area>())
            : Gen.Frequency((2, Gen.Const(Array.Empty<Area>())), (1, Gen.Int[1, 2].SelectMany(n => AreaGen(period, depth + 1).Array[n]))),
        (number, title, measures, children) => new Area { Number = number, Title = title, Measures = measures, Areas = children });

    private static readonly Gen<PlanPeriod> Period = Gen.Select(Gen.Int[2015, 2030], Gen.Int[1, 10],
        (from, length) => new PlanPeriod { From = new FiscalYear(from), To = new FiscalYear(from + length - 1) });

    public static readonly Gen<Plan> Plan = Period.SelectMany(period => Gen.Select(
        Gen.Select(Line, Line, Optional(Line)),
        AreaGen(period, 1).Array[0, 3],
        (names, areas) => WithIds(new Plan
        {
            Id = "plan-1",
            Municipality = names.Item1,
            Title = names.Item2,
            Edition = names.Item3,
            Profile = "akita",
            Period = period,
            Areas = areas,
        })).SelectMany(WithGlossary));

    /// <summary>Random plans in which about half the measure tables keep their schedule as 1–3 tracks of labelled bars.</summary>
    public static readonly Gen<Plan> PlanWithBars = Plan.SelectMany(plan =>
    {
        var tables = plan.AllMeasures().Count(m => m.State != MeasureState.Completed);
        return Gen.Select(Gen.Bool.Array[tables], Tracks(plan.Period).Array[tables], (chosen, tracks) =>
        {
            var i = 0;
            Measure Bars(Measure m)
            {
                if (m.State == MeasureState.Completed) return m;
                var index = i++;
                return chosen[index] && tracks[index].Length > 0 ? m with { Schedule = [], Tracks = tracks[index] } : m;
            }
            Area In(Area a) => a with { Measures = a.Measures.Select(Bars).ToArray(), Areas = a.Areas.Select(In).ToArray() };
            return plan with { Areas = plan.Areas.Select(In).ToArray() };
        });
    });

    private static readonly Gen<string> BarText = Gen.Frequency(
        (1, Gen.Const("")), (4, Line), (1, Gen.Select(Line, Line, (a, b) => a + "\n" + b)));

    /// <summary>0–3 tracks over the period: each a walk over the years taking a gap or a bar of 1 year up to the rest of the period.</summary>
    private static Gen<ScheduleTrack[]> Tracks(PlanPeriod period) =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).SelectMany(pair => Gen.Select(Gen.Enum<Phase>(), BarText).Array[period.Length * pair.Item1]
            .Select(cells =>
            {
                var random = new Random(pair.Item2);
                var tracks = new List<ScheduleTrack>();
                var next = 0;
                for (var t = 0; t < pair.Item1; t++)
                {
                    var spans = new List<ScheduleSpan>();
                    var year = period.From.StartYear;
                    while (year <= period.To.StartYear)
                    {
                        if (random.Next(3) == 0) { year++; continue; }
                        var length = random.Next(1, period.To.StartYear - year + 2);
                        var (phase, text) = cells[next++ % cells.Length];
                        if (phase == Phase.None && text.Length == 0) text = "調達";
                        spans.Add(new ScheduleSpan { From = new FiscalYear(year), To = new FiscalYear(year + length - 1), Phase = phase, Text = text });
                        year += length;
                    }
                    if (spans.Count > 0) tracks.Add(new ScheduleTrack { Spans = spans });
                }
                return tracks.ToArray();
            }));

    private static readonly Gen<string> Reading = Gen.Char[Kana].Array[1, 12].Select(string.Concat);

    private static readonly Gen<string> Definition = Line.Array[1, 2].Select(lines => string.Join("\n", lines));

    /// <summary>A glossary term without its marker; Ω and Ψ never occur in generated text, so a term is found only where it is put.</summary>
    private static Gen<GlossaryTerm> Term(int index) => Gen.Select(Line, Optional(Reading), Optional(Line), Definition, Line.Array[0, 2],
        (term, reading, expansion, definition, variants) => new GlossaryTerm
        {
            Term = $"Ω{index}Ω{term}",
            Reading = reading,
            Expansion = expansion,
            Definition = definition,
            Variants = variants.Select((v, i) => $"Ψ{index}Ψ{i}{v}").ToArray(),
        });

    /// <summary>
    /// 0–4 terms marked at their first use, each appended to the overview of a different measure table and numbered in
    /// document order, then 0–3 terms that are only defined: the order a document numbers and lists them.
    /// </summary>
    private static Gen<Plan> WithGlossary(Plan plan)
    {
        var tables = plan.AllMeasures().Where(m => m.State != MeasureState.Completed).Select(m => m.Id).ToArray();
        return Gen.Select(Gen.Int[0, Math.Min(4, tables.Length)], Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).SelectMany(counts =>
        {
            var (markedCount, unmarkedCount, seed) = counts;
            var random = new Random(seed);
            var chosen = tables.Select((id, i) => (id, i)).OrderBy(_ => random.Next()).Take(markedCount).OrderBy(p => p.i).Select(p => p.id).ToArray();
            return Enumerable.Range(1, markedCount + unmarkedCount)
                .Aggregate(Gen.Const(Array.Empty<GlossaryTerm>()), (gen, i) => Gen.Select(gen, Term(i), (list, term) => (GlossaryTerm[])[.. list, term]))
                .Select(terms =>
            {
                var marked = terms.Take(markedCount).Select((t, i) => t with { Marker = i + 1, FirstUse = $"measure:{chosen[i]}/overview" }).ToArray();
                var placed = marked.ToDictionary(t => t.FirstUse!["measure:".Length..^"/overview".Length], t => t.Term);
                Measure Place(Measure m) => placed.TryGetValue(m.Id, out var term) ? m with { Overview = m.Overview + term } : m;
                Area PlaceIn(Area a) => a with { Measures = a.Measures.Select(Place).ToArray(), Areas = a.Areas.Select(PlaceIn).ToArray() };
                return plan with { Areas = plan.Areas.Select(PlaceIn).ToArray(), Glossary = [.. marked, .. terms.Skip(markedCount)] };
            });
        });
    }

    /// <summary>Gives every area and measure a unique stable id.</summary>
    private static Plan WithIds(Plan plan)
    {
        var areaCount = 0;
        var measureCount = 0;
        Area Assign(Area area) => area with
        {
            Id = $"a{++areaCount}",
            Measures = area.Measures.Select(m => m with { Id = $"m{++measureCount}" }).ToArray(),
            Areas = area.Areas.Select(Assign).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Assign).ToArray() };
    }
}
