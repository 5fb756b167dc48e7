using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>
/// The service under attack keeps serving: 20 hostile uploads (deep nesting, a decompression bomb, row and column overflow) sent at the
/// same time as 100 ordinary calls. Every ordinary call answers 200 within the request budget, every hostile one is refused with a
/// problem document (4xx, or 503 past the budget; never 500), memory stays bounded, and the service is healthy afterwards.
/// </summary>
[TestClass]
[DoNotParallelize] // measures this process's memory
public sealed class ConcurrentHostileUploadTests
{
    private const long MemoryLimit = 1L << 30;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [TestMethod]
    public async Task TwentyHostileUploadsDoNotHarmAHundredOrdinaryCalls()
    {
        var data = Directory.CreateTempSubdirectory("odx-hostile-data-").FullName;
        try
        {
            await using var service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], DataFolder = data, RequestTimeout = Budget });
            var workbook = Workbook(Digital);
            var hostile = new (string Path, string Name, byte[] Bytes)[]
            {
                ("/api/word/documents/harvest", "nested.docx", HostileUploads.DeeplyNestedDocument()),
                ("/api/glossary/check", "bomb.docx", HostileUploads.DecompressionBomb()),
                ("/api/excel/workbooks/check", "rows.xlsx", HostileUploads.HugeRowWorkbook(workbook)),
                ("/api/excel/workbooks/submit", "columns.xlsx", HostileUploads.HugeColumnWorkbook(workbook)),
            };
            var measureBody = RequestBodies.MeasureBody(RequestBodies.Sample);

            using var memory = new PeakMemory();
            var hostileCalls = Enumerable.Range(0, 20).Select(i => hostile[i % hostile.Length]).Select(async h =>
            {
                var content = new ByteArrayContent(h.Bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var response = await service.Client.PostAsync($"{h.Path}?name={h.Name}", content);
                return (h.Name, Status: (int)response.StatusCode, Body: await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
            }).ToArray();
            var ordinaryCalls = Enumerable.Range(0, 100).Select(async i =>
            {
                var clock = Stopwatch.StartNew();
                using var response = (i % 4) switch
                {
                    0 => await service.Client.GetAsync("/api/profiles/akita/form?from=2021&to=2023"),
                    1 => await service.PostJsonAsync("/api/word/fragments/measure-table", measureBody),
                    2 => await service.PostWorkbookAsync("/api/excel/workbooks/check", workbook),
                    _ => await service.Client.GetAsync("/api/glossary/terms?q=DX"),
                };
                return (Call: i, response.StatusCode, clock.Elapsed, Body: response.IsSuccessStatusCode ? "" : await response.Content.ReadAsStringAsync());
            }).ToArray();

            foreach (var call in await Task.WhenAll(ordinaryCalls))
            {
                Assert.AreEqual(HttpStatusCode.OK, call.StatusCode, $"ordinary call {call.Call}: {call.Body}");
                Assert.IsLessThan(Budget, call.Elapsed, $"ordinary call {call.Call}");
            }
            foreach (var answer in await Task.WhenAll(hostileCalls))
            {
                Assert.IsTrue(answer.Status is >= 400 and < 500 or 503, $"{answer.Name}: {answer.Status} {answer.Body}");
                Assert.AreEqual("application/problem+json", answer.MediaType, $"{answer.Name}: {answer.Body}");
            }
            Assert.IsLessThan(MemoryLimit, memory.Peak, $"peak working set {memory.Peak >> 20} MB");
            Assert.AreEqual(HttpStatusCode.OK, (await service.Client.GetAsync("/health")).StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, (await service.PostJsonAsync("/api/word/fragments/measure-table", measureBody)).StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>This process's largest working set while it is alive, sampled every 10 ms.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public PeakMemory() => _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet)), null, 0, 10);

        public long Peak => Interlocked.Read(ref _peak);

        public void Dispose() => _timer.Dispose();
    }
}
