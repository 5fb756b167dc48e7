using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.SharePoint.Tests;

/// <summary>Throttling is retried by the Graph SDK's retry handler alone, as Retry-After asks and no more often than its policy.</summary>
[TestClass]
public sealed class GraphThrottlingTests
{
    [TestMethod]
    public async Task A429WithRetryAfterTwoIsRetriedOnceAfterAtLeastTwoSeconds()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 2);
        standIn.Faults.ThrottleDeltaRequests[1] = true;
        standIn.Faults.ThrottleRetryAfter = 2;

        var changes = await TestLibrary.Source(standIn).GetChangesAsync(SourceState.Empty, CancellationToken.None);

        var listed = changes.Items.Where(i => !i.Deleted).Select(i => i.ItemId).ToList();
        CollectionAssert.IsSubsetOf(new[] { TestLibrary.FileId(0), TestLibrary.FileId(1) }, listed);
        var arrivals = standIn.DeltaArrivals.ToList();
        Assert.HasCount(2, arrivals, "one throttled delta request and exactly one retry");
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromSeconds(2), arrivals[1] - arrivals[0]);
    }

    [TestMethod]
    public async Task ThrottlingThatDoesNotLetUpIsRetriedOnlyAsOftenAsThePolicyAllows()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 2);
        standIn.Faults.ThrottleEveryDeltaRequest = true;
        var policy = new RetryHandlerOption { MaxRetry = 2, Delay = 1 };
        var source = new GraphDriveSource(GraphClients.Connect(new StaticTokenCredential(TestLibrary.BearerToken), standIn.BaseUrl, retry: policy),
            TestLibrary.Location, new RetryPolicy(3, TimeSpan.FromMilliseconds(50)));

        var failure = await Assert.ThrowsExactlyAsync<SourceUnavailableException>(() => source.GetChangesAsync(SourceState.Empty, CancellationToken.None));

        Assert.HasCount(1 + policy.MaxRetry, standIn.DeltaArrivals, "the first request and the policy's retries, none added by the source");
        Assert.IsTrue(failure.Transient, "a throttled run is worth running again");
        StringAssert.Contains(failure.Message, "利用制限");
    }
}
