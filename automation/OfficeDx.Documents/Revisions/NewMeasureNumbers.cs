using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Revisions;

/// <summary>Numbers the measures a revision brings into an area — added, or moved from another area — in the profile's style, after the highest number the area already uses, or closes an area's numbers up when its profile renumbers.</summary>
public static class NewMeasureNumbers
{
    /// <summary>
    /// The revised plan with every measure that was not in the same area of <paramref name="current"/> numbered in turn, in
    /// document order, after the highest number of the measures that stayed. Measures that stay keep their numbers, gaps
    /// included (other documents and last year's 新旧対照表 refer to them), unless the profile says
    /// <see cref="RevisionNumbering.Renumber"/>: then an area that a measure left numbers all its measures under way again,
    /// consecutively in document order. A measure moved to another area is numbered in its new area's sequence, so the new
    /// area never has two measures of one number.
    /// </summary>
    public static Plan Assign(Plan current, Plan revised, HierarchySetup hierarchy)
    {
        var homes = current.AllAreas().SelectMany(a => a.Measures.Select(m => (m.Id, Area: a.Id)))
            .DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Area, StringComparer.Ordinal);
        var left = hierarchy.NumbersAfterRevision == RevisionNumbering.Renumber ? AreasLeft(current, revised) : [];

        Area Number(Area area, int depth)
        {
            var level = MeasureLevel(hierarchy, depth);
            if (left.Contains(area.Id)) return Renumbered(area, level, depth);
            bool Stays(Measure m) => homes.TryGetValue(m.Id, out var home) && home == area.Id;
            var kept = area.Measures.Where(m => m.State != MeasureState.Completed && Stays(m)).ToArray();
            // An unnumbered measure still takes a place in the list, so the next number is at least one past the count.
            var next = kept.Select(m => Ordinal(level, m.Number)).Append(kept.Length).Max();
            return area with
            {
                Measures = area.Measures.Select(m => Stays(m) || m.State == MeasureState.Completed ? m : m with { Number = Numbering.Format(level, ++next) }).ToArray(),
                Areas = area.Areas.Select(a => Number(a, depth + 1)).ToArray(),
            };
        }

        Area Renumbered(Area area, HierarchyLevel level, int depth)
        {
            var next = 0;
            return area with
            {
                Measures = area.Measures.Select(m => m.State == MeasureState.Completed ? m : m with { Number = Numbering.Format(level, ++next) }).ToArray(),
                Areas = area.Areas.Select(a => Number(a, depth + 1)).ToArray(),
            };
        }

        return revised with { Areas = revised.Areas.Select(a => Number(a, 0)).ToArray() };
    }

    /// <summary>The areas of <paramref name="current"/> where a measure under way is no longer under way in the same area of <paramref name="revised"/>.</summary>
    private static HashSet<string> AreasLeft(Plan current, Plan revised)
    {
        static HashSet<(string Area, string Measure)> UnderWay(Plan plan) =>
            plan.AllAreas().SelectMany(a => a.Measures.Where(m => m.State != MeasureState.Completed).Select(m => (a.Id, m.Id))).ToHashSet();
        var staying = UnderWay(revised);
        return UnderWay(current).Where(p => !staying.Contains(p)).Select(p => p.Area).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// How measures are numbered in an area at this depth (0 = top). Where the profile has levels below the area, its measures take
    /// the next level's numbering, as in the 第2.0版 (measures under 2 are (1), (2); under (3) they are ア, イ); else the measure level's.
    /// </summary>
    public static HierarchyLevel MeasureLevel(HierarchySetup hierarchy, int depth) =>
        depth + 1 < hierarchy.Levels.Count ? hierarchy.Levels[depth + 1] : hierarchy.Measure;

    private static int Ordinal(HierarchyLevel level, string? number) =>
        // TrySplit reads a number at the start of a heading line, which some styles (ア) only accept when text follows it.
        number is not null && Numbering.TrySplit(level, number + " 施策", out _, out _, out var ordinal) ? ordinal : 0;
}
