using System.Globalization;

namespace OfficeDx.Fuzz.Running;

/// <summary>
/// The lines a worker writes to the supervisor: "S index" before an input, "R index kind target outcome ms mutation detail" after it,
/// "P peak-bytes process-peak-bytes" at the end, "W target" after each warm-up call. Tab-separated, one line each.
/// </summary>
public static class Protocol
{
    public static string Result(FuzzCase input, Verdict verdict, double milliseconds) =>
        string.Join('\t', "R", input.Index.ToString(CultureInfo.InvariantCulture), input.Kind, input.Target, verdict.Outcome,
            milliseconds.ToString("0", CultureInfo.InvariantCulture), Clean(input.SeedName + ": " + input.Mutation), Clean(verdict.Detail));

    public static string Clean(string text) => text.Replace('\t', ' ').ReplaceLineEndings(" ");
}
