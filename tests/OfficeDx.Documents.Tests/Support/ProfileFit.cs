using CsCheck;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>Random plans fitted to a profile: the fields its measure table has no row for are emptied, as a drafter of that city would leave them.</summary>
public static class ProfileFit
{
    public static IReadOnlyList<Profile> Shipped { get; } = ProfileLibrary.Names.Select(ProfileLibrary.Load).ToArray();

    /// <summary>A random plan together with a shipped profile picked at random, the plan fitted to it.</summary>
    public static Gen<(Plan Plan, Profile Profile)> PlanWithProfile { get; } =
        Gen.Select(PlanGenerators.Plan, Gen.Int[0, Shipped.Count - 1], (plan, i) => (Fit(plan, Shipped[i]), Shipped[i]));

    /// <summary>A random plan in which about half the measures keep their schedule as labelled bars, with a shipped profile picked at random.</summary>
    public static Gen<(Plan Plan, Profile Profile)> PlanWithBarsAndProfile { get; } =
        Gen.Select(PlanGenerators.PlanWithBars, Gen.Int[0, Shipped.Count - 1], (plan, i) => (Fit(plan, Shipped[i]), Shipped[i]));

    public static Plan Fit(Plan plan, Profile profile)
    {
        var shown = profile.Rows.Select(r => r.Field).ToHashSet();
        Measure FitMeasure(Measure m) => m.State == MeasureState.Completed ? m : m with
        {
            Issues = !shown.Contains(MeasureField.Issues) ? null : profile.Row(MeasureField.Issues).AlwaysShown ? m.Issues ?? "" : m.Issues,
            MainActions = shown.Contains(MeasureField.MainActions) ? m.MainActions : [],
            Schedule = shown.Contains(MeasureField.Schedule) ? m.Schedule : [],
            Tracks = shown.Contains(MeasureField.Schedule) ? m.Tracks : [],
            Indicators = shown.Contains(MeasureField.Indicators) ? m.Indicators : [],
            Departments = shown.Contains(MeasureField.Departments) ? m.Departments : [],
        };
        Area FitArea(Area a) => a with { Measures = a.Measures.Select(FitMeasure).ToArray(), Areas = a.Areas.Select(FitArea).ToArray() };
        return plan with { Profile = profile.Name, Areas = plan.Areas.Select(FitArea).ToArray() };
    }
}
