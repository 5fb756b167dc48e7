using System.Net;
using System.Net.Sockets;
using System.Text;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>
/// Every request has a time budget: past it, its work is cancelled and it is answered 503 in Japanese; and the request log
/// (ASP.NET Core's HTTP logging, one combined line per request) states the status really sent (a 408 for a body that never arrives was logged as 200).
/// </summary>
[TestClass]
[DoNotParallelize] // reads the service's log from the console, which is one per process
public sealed class RequestBudgetTests
{
    [TestMethod]
    public async Task ARequestPastItsBudgetIsCancelledAndAnswered503InJapaneseAndLoggedSo()
    {
        // Ten times Akita's plan: its harvest takes far longer than the budget (about 0.3 s warm), so the budget has always run out
        // before the work ends — cancelled by the budget's timer, or, when that timer fires late (its callback waits for a free
        // thread on a busy machine), refused at the end by the budget's deadline.
        var akita = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var plan = akita with { Areas = Enumerable.Repeat(akita.Areas, 10).SelectMany(areas => areas).ToArray() };
        var docx = PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile));
        var log = await WithServiceLogAsync(new ServiceOptions { RequestTimeout = TimeSpan.FromMilliseconds(20) }, async service =>
        {
            var response = await service.Client.PostAsync("/api/word/documents/harvest?name=akita.docx", WordDocuments.Upload(docx));
            var problem = await ProblemAnswers.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            StringAssert.Contains(problem.GetProperty("detail").GetString(), "打ち切りました");
        });
        StringAssert.Contains(log, "Path: /api/word/documents/harvest StatusCode: 503");
    }

    [TestMethod]
    public async Task ABodyThatNeverArrivesIsAnswered408AndLogged408()
    {
        var log = await WithServiceLogAsync(new ServiceOptions(), async service =>
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(service.Address.Host, service.Address.Port);
            var stream = tcp.GetStream();
            var head = $"POST /api/word/documents/harvest?name=slow.docx HTTP/1.1\r\nHost: {service.Address.Authority}\r\nContent-Type: application/octet-stream\r\n"
                + $"{CrossSiteRequestGuard.ClientHeader}: tests\r\nContent-Length: 100000\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "PK"));
            // Kestrel's minimum body data rate (240 bytes/s after a 5 s grace period) ends the upload with 408.
            var answer = new byte[4096];
            var read = await stream.ReadAsync(answer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            StringAssert.StartsWith(Encoding.UTF8.GetString(answer, 0, read), "HTTP/1.1 408");
        });
        StringAssert.Contains(log, "Path: /api/word/documents/harvest StatusCode: 408");
        Assert.DoesNotContain("Path: /api/word/documents/harvest StatusCode: 200", log);
    }

    [TestMethod]
    public async Task ARefusalIsLoggedWithItsOwnStatus()
    {
        var log = await WithServiceLogAsync(new ServiceOptions(), async service =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("施策,担当課\n")), "file", "施策一覧.csv" } };
            await ProblemAnswers.AssertProblemAsync(await service.Client.PostAsync("/api/word/documents/harvest", form), HttpStatusCode.BadRequest);
        });
        StringAssert.Contains(log, "Path: /api/word/documents/harvest StatusCode: 400");
    }

    /// <summary>Runs <paramref name="calls"/> against a service whose plain-text log goes to a captured console, and returns that log.</summary>
    private static async Task<string> WithServiceLogAsync(ServiceOptions options, Func<RunningService, Task> calls)
    {
        var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            await using (var service = await RunningService.StartAsync(options))
            {
                await calls(service);
                // The console logger writes from its own queue.
                for (var i = 0; i < 50 && !console.ToString().Contains("StatusCode: ", StringComparison.Ordinal); i++) await Task.Delay(100);
            }
            return console.ToString();
        }
        finally
        {
            Console.SetOut(previous);
        }
    }
}
