using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// Two real `officedx serve` processes on one PostgreSQL database take department workbooks concurrently: every workbook is stored
/// once and the latest of every department counts in the merged plan. Prints p50/p99 per submission. CI runs 20 departments × 20
/// measures; scripts/bench-central-submissions.sh runs 200 × 100 (OFFICEDX_CENTRAL_DEPARTMENTS / OFFICEDX_CENTRAL_MEASURES).
/// </summary>
[TestClass]
public sealed class CentralSubmissionTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task TwoServicesOnOnePostgreSqlKeepEveryConcurrentSubmissionOnceAndMergeTheLatestOfEachDepartment()
    {
        var server = Environment.GetEnvironmentVariable("OFFICEDX_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server)) Assert.Inconclusive("OFFICEDX_TEST_POSTGRES is not set (.ci/run sets it).");
        var departments = Setting("OFFICEDX_CENTRAL_DEPARTMENTS", 20);
        var measures = Setting("OFFICEDX_CENTRAL_MEASURES", 20);
        var database = "odx_central_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 20 }.ToString();
        using var temp = new TempDirectory();
        try
        {
            var names = Enumerable.Range(1, departments).Select(i => $"第{i:000}課").ToArray();
            var plan = SharedPlan(measures, names);
            var plans = Directory.CreateDirectory(temp.File("plans")).FullName;
            File.WriteAllText(Path.Combine(plans, "plan.json"), PlanJson.Serialize(plan));
            var profile = ProfileLibrary.Load(plan.Profile);
            var workbooks = names.Select(n => (Department: n, Bytes: ExcelTemplateWriter.Write(plan, profile, n))).ToArray();

            string[] serveArgs = ["--port", "0", "--plain-logs", "--plans", plans, "--store", "postgres:" + connection];
            using var first = await ServeProcess.StartAsync(temp.Path, null, null, serveArgs);
            using var second = await ServeProcess.StartAsync(temp.Path, null, null, serveArgs);
            ServeProcess[] services = [first, second];

            var times = new ConcurrentBag<double>();
            var answers = new ConcurrentBag<(string Department, string StoredAs, int Status, string Body)>();
            using var gate = new SemaphoreSlim(8);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(workbooks.Select(async (w, i) =>
            {
                await gate.WaitAsync();
                try
                {
                    var content = new ByteArrayContent(w.Bytes);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    var started = Stopwatch.GetTimestamp();
                    using var response = await services[i % 2].Client.PostAsync($"/api/excel/workbooks/submit?name={Uri.EscapeDataString(w.Department)}.xlsx", content);
                    var body = await response.Content.ReadAsStringAsync();
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    var storedAs = response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("storedAs").GetString()! : "";
                    answers.Add((w.Department, storedAs, (int)response.StatusCode, body.Length > 400 ? body[..400] : body));
                }
                finally
                {
                    gate.Release();
                }
            }));
            clock.Stop();

            var failed = answers.Where(a => a.Status != 200).ToArray();
            Assert.IsEmpty(failed, string.Join("\n", failed.Take(5).Select(f => $"{f.Department}: {f.Status} {f.Body}")) + "\n" + first.Log + second.Log);
            var sorted = times.Order().ToArray();
            TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"central submissions: {departments} workbooks × {measures} measures, 2 processes, 8 concurrent: p50 {Percentile(sorted, 0.50):0} ms, p99 {Percentile(sorted, 0.99):0} ms, max {sorted[^1]:0} ms, total {clock.Elapsed.TotalSeconds:0.0} s"));

            // The DX office's view, from either instance: every submission once, each department's latest counted in the merged plan.
            var listed = JsonDocument.Parse(await second.Client.GetStringAsync($"/api/excel/plans/{plan.Id}/submissions")).RootElement.EnumerateArray().ToArray();
            Assert.HasCount(departments, listed);
            CollectionAssert.AreEquivalent(answers.Select(a => a.StoredAs).ToArray(), listed.Select(s => s.GetProperty("id").GetString()).ToArray());
            var hashes = workbooks.ToDictionary(w => w.Department, w => Convert.ToHexStringLower(SHA256.HashData(w.Bytes)));
            foreach (var s in listed) Assert.AreEqual(hashes[s.GetProperty("department").GetString()!], s.GetProperty("sha256").GetString());

            var merged = JsonDocument.Parse(await first.Client.GetStringAsync($"/api/excel/plans/{plan.Id}/merged")).RootElement;
            Assert.AreEqual(departments, merged.GetProperty("workbooks").GetInt32());
            CollectionAssert.AreEquivalent(names, merged.GetProperty("counted").EnumerateArray().Select(c => c.GetProperty("department").GetString()).ToArray());
            Assert.IsFalse(merged.GetProperty("report").EnumerateArray().Any(e => e.GetProperty("status").GetString() == "rejected"), merged.GetProperty("report").ToString());

            // A department submitting again replaces its earlier workbook in the merge; both are kept.
            var again = new ByteArrayContent(workbooks[0].Bytes);
            again.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var resubmitted = JsonDocument.Parse(await (await second.Client.PostAsync("/api/excel/workbooks/submit?name=again.xlsx", again)).Content.ReadAsStringAsync()).RootElement;
            Assert.AreEqual(departments, resubmitted.GetProperty("workbooks").GetInt32());
            var afterwards = JsonDocument.Parse(await first.Client.GetStringAsync($"/api/excel/plans/{plan.Id}/submissions")).RootElement;
            Assert.AreEqual(departments + 1, afterwards.GetArrayLength());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>A plan of <paramref name="measures"/> measures every department shares (each department workbook holds all of them).</summary>
    private static Plan SharedPlan(int measures, IReadOnlyList<string> departments)
    {
        var period = new PlanPeriod { From = new FiscalYear(2024), To = new FiscalYear(2026) };
        var areas = Enumerable.Range(0, (measures + 9) / 10).Select(a => new Area
        {
            Id = $"area-{a + 1}",
            Number = $"({a + 1})",
            Title = $"行政手続のオンライン化その{a + 1}",
            Measures = Enumerable.Range(a * 10, Math.Min(10, measures - a * 10)).Select(i => new Measure
            {
                Id = $"m-{i + 1:0000}",
                Number = ((i % 10) + 1).ToString(CultureInfo.InvariantCulture),
                Name = $"電子申請の拡充その{i + 1}",
                Overview = "導入効果の高い手続から電子申請を広げる。",
                Schedule = period.Years().Select(y => new ScheduleEntry { FiscalYear = y, Phase = Phase.Implementation }).ToArray(),
                Indicators = [new Indicator { Name = "電子申請の件数", Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2023), Value = "31 手続" }, Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2026), Value = "46 手続" }] }],
                Departments = departments.ToArray(),
            }).ToArray(),
        }).ToArray();
        return new Plan { Id = "central-test", Municipality = "秋田市", Title = "デジタル化推進計画（提出の試験）", Edition = "令和6年3月", Profile = "akita", Period = period, Areas = areas };
    }
}
