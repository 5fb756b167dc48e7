using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>Compares plans by their JSON and, when they differ, names the first lines that differ.</summary>
internal static class PlanDiff
{
    public static void AssertSame(Plan expected, Plan actual)
    {
        var a = PlanJson.Serialize(expected).Split('\n');
        var b = PlanJson.Serialize(actual).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end)";
            var y = i < b.Length ? b[i] : "(end)";
            if (x != y) Assert.Fail($"plans differ at line {i + 1}:\n expected: {x}\n actual:   {y}\n context: {string.Join("\n", a.Skip(Math.Max(0, i - 6)).Take(8))}");
        }
    }
}
