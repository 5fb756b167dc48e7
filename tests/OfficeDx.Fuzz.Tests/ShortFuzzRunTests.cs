using System.Diagnostics;
using System.Text.Json;
using OfficeDx.Fuzz.Running;

namespace OfficeDx.Fuzz.Tests;

/// <summary>
/// The fuzzer's short run, part of every CI run: a few thousand inputs of every kind through every command and endpoint, none of which
/// may crash, answer 500 or exit 70, refuse in English, pass the 2 s budget or take the process past 1 GB. The long run is scripts/fuzz.sh.
/// </summary>
[TestClass]
public sealed class ShortFuzzRunTests
{
    /// <summary>About two minutes on the CI machine; a new seed each day would find new inputs but make a red run hard to repeat.</summary>
    private const int Inputs = 2_000;
    private const int Seed = 20_261_202;

    /// <summary>
    /// Wall time per input. The long run (scripts/fuzz.sh) holds every input to 2 s on its own; in CI this run shares the two
    /// cores with the other test projects (LibreOffice, Chromium, PostgreSQL), so an ordinary input may wait for the CPU: 5 s
    /// still catches every hang and quadratic blow-up the fuzzer has found (they ran for tens of seconds or never ended).
    /// </summary>
    private const int BudgetMilliseconds = 5_000;

    [TestMethod]
    [Timeout(900_000, CooperativeCancellation = true)]
    public async Task AShortRunFindsNoBugNoTimeoutAndStaysUnderOneGigabyte()
    {
        var work = Directory.CreateTempSubdirectory("odx-fuzz-short-").FullName;
        try
        {
            var summary = Path.Combine(work, "summary.json");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "OfficeDx.Fuzz.dll"), "run", "--count", $"{Inputs}", "--seed", $"{Seed}", "--budget-ms", $"{BudgetMilliseconds}", "--work", work, "--summary", summary })
                start.ArgumentList.Add(arg);
            using var fuzz = Process.Start(start)!;
            var output = fuzz.StandardOutput.ReadToEndAsync();
            var errors = fuzz.StandardError.ReadToEndAsync();
            await fuzz.WaitForExitAsync();
            var report = await output + await errors;

            Assert.IsTrue(File.Exists(summary), report);
            var tally = JsonSerializer.Deserialize<Tally>(await File.ReadAllTextAsync(summary))!;
            Assert.AreEqual(Inputs, tally.Inputs, report);
            Assert.AreEqual(0, tally.Bugs, report);
            Assert.AreEqual(0, tally.Timeouts, report);
            Assert.IsLessThan(1L << 30, tally.PeakWorkerBytes, report);
            Assert.IsLessThan(1L << 30, tally.PeakProcessBytes, report);
            Assert.IsGreaterThan(0, tally.Accepted, report);
            Assert.IsGreaterThan(0, tally.Refused, report);
            CollectionAssert.IsSubsetOf(Enum.GetNames<InputKind>(), tally.ByKind.Keys.ToArray(), "every kind of input was tried");
            Assert.AreEqual(0, fuzz.ExitCode, report);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
