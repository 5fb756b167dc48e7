using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Storage;

/// <summary>Reads the plans back out of the store's tables, in the plan model: the basis of the JSON export and of round-trip tests.</summary>
public static class StoredPlans
{
    public static async Task<IReadOnlyList<StoredPlan>> LoadAsync(HarvestStore store, CancellationToken cancellation = default)
    {
        var documents = await store.QueryAsync("""
            SELECT p.document_id, d.source, d.path, p.plan_id, p.municipality, p.title, p.edition, p.profile, p.period_from, p.period_to
            FROM plans p JOIN documents d ON d.document_id = p.document_id WHERE d.deleted = 0
            """, cancellation);
        var areas = Group(await store.QueryAsync("SELECT document_id, area_id, parent_area_id, ordinal, number, title FROM areas", cancellation));
        var measures = Group(await store.QueryAsync(
            "SELECT document_id, measure_id, area_id, ordinal, number, name, state, issues, overview, main_actions, departments, notes FROM measures", cancellation));
        var schedule = Group(await store.QueryAsync("SELECT document_id, measure_id, fiscal_year, phase, caption FROM schedule", cancellation));
        var indicators = Group(await store.QueryAsync("SELECT document_id, measure_id, indicator_no, name FROM indicators", cancellation));
        var values = Group(await store.QueryAsync("SELECT document_id, measure_id, indicator_no, kind, fiscal_year, value, ordinal FROM indicator_values", cancellation));
        var glossary = Group(await store.QueryAsync("SELECT document_id, term, reading, expansion, definition, variants, marker, first_use, ordinal FROM glossary_terms", cancellation));

        var plans = new List<StoredPlan>();
        foreach (var d in documents.OrderBy(d => d[2], StringComparer.Ordinal).ThenBy(d => d[0], StringComparer.Ordinal))
        {
            var id = d[0]!;
            var documentValues = values.GetValueOrDefault(id, []);
            var documentSchedule = schedule.GetValueOrDefault(id, []);
            var documentIndicators = indicators.GetValueOrDefault(id, []);
            var documentMeasures = measures.GetValueOrDefault(id, []);

            Measure BuildMeasure(string?[] m)
            {
                var measureId = m[1]!;
                IndicatorValue Value(string?[] v) => new() { FiscalYear = new FiscalYear(Int(v[4])), Value = v[5]! };
                return new Measure
                {
                    Id = measureId,
                    Number = m[4],
                    Name = m[5]!,
                    State = Enum.Parse<MeasureState>(m[6]!, ignoreCase: true),
                    Issues = m[7],
                    Overview = m[8]!,
                    MainActions = ListColumns.Read(m[9]),
                    Departments = ListColumns.Read(m[10]),
                    Notes = ListColumns.ReadNotes(m[11]),
                    Schedule = documentSchedule.Where(s => s[1] == measureId).OrderBy(s => Int(s[2]))
                        .Select(s => new ScheduleEntry { FiscalYear = new FiscalYear(Int(s[2])), Phase = ParsePhase(s[3]!), Caption = s[4] }).ToArray(),
                    Indicators = documentIndicators.Where(i => i[1] == measureId).OrderBy(i => Int(i[2])).Select(i =>
                    {
                        var own = documentValues.Where(v => v[1] == measureId && v[2] == i[2]).OrderBy(v => Int(v[6])).ToList();
                        return new Indicator
                        {
                            Name = i[3]!,
                            Baseline = own.Where(v => v[3] == "baseline").Select(Value).FirstOrDefault(),
                            Targets = own.Where(v => v[3] == "target").Select(Value).ToArray(),
                            Actuals = own.Where(v => v[3] == "actual").Select(Value).ToArray(),
                        };
                    }).ToArray(),
                };
            }

            var documentAreas = areas.GetValueOrDefault(id, []);
            Area BuildArea(string?[] a) => new()
            {
                Id = a[1]!,
                Number = a[4]!,
                Title = a[5]!,
                Measures = documentMeasures.Where(m => m[2] == a[1]).OrderBy(m => Int(m[3])).Select(BuildMeasure).ToArray(),
                Areas = documentAreas.Where(c => c[2] == a[1]).OrderBy(c => Int(c[3])).Select(BuildArea).ToArray(),
            };

            var plan = new Plan
            {
                Id = d[3]!,
                Municipality = d[4]!,
                Title = d[5]!,
                Edition = d[6],
                Profile = d[7]!,
                Period = new PlanPeriod { From = new FiscalYear(Int(d[8])), To = new FiscalYear(Int(d[9])) },
                Areas = documentAreas.Where(a => a[2] is null).OrderBy(a => Int(a[3])).Select(BuildArea).ToArray(),
                Glossary = glossary.GetValueOrDefault(id, []).OrderBy(g => Int(g[8]))
                    .Select(g => new GlossaryTerm
                    {
                        Term = g[1]!,
                        Reading = g[2],
                        Expansion = g[3],
                        Definition = g[4]!,
                        Variants = ListColumns.Read(g[5]),
                        Marker = g[6] is null ? null : Int(g[6]),
                        FirstUse = g[7],
                    }).ToArray(),
            };
            plans.Add(new StoredPlan(id, d[1]!, d[2]!, plan));
        }
        return plans;
    }

    private static Dictionary<string, List<string?[]>> Group(IReadOnlyList<string?[]> rows) =>
        rows.GroupBy(r => r[0]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    private static Phase ParsePhase(string id) => PhaseNames.TryParse(id, out var phase) ? phase : Phase.None;
}
