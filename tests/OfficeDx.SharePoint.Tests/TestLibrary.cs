using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.SharePoint.Tests;

/// <summary>
/// A document library on the stand-in: folder 計画 (the one harvested) with plan documents, a subfolder 部局 with more,
/// a PDF that is not harvested, and a document outside the folder that must not be.
/// </summary>
public static class TestLibrary
{
    public const string PlansFolderId = "01PLANS";
    public const string DepartmentsFolderId = "01DEPTS";
    public static readonly SharePointLocation Location = SharePointLocation.Parse($"sharepoint:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/計画");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte[]> Documents = new();

    /// <summary>A plan document; eight distinct ones are enough (files differ by id and eTag), and writing each takes time.</summary>
    public static byte[] Document(int i) => Documents.GetOrAdd(i % 8, n =>
    {
        var akita = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        return PlanDocumentWriter.Write(akita with { Id = $"plan-{n:000}", Title = $"{akita.Title}（第{n}版）" }, ProfileLibrary.Load(akita.Profile));
    });

    public static string FileId(int i) => $"01FILE{i:0000}";

    /// <summary>Fills the drive: <paramref name="count"/> documents, a fifth of them in 部局.</summary>
    public static void Populate(GraphStandIn standIn, int count)
    {
        standIn.AddFolder(PlansFolderId, "計画", GraphStandIn.RootId);
        standIn.AddFolder(DepartmentsFolderId, "部局", PlansFolderId);
        for (var i = 0; i < count; i++)
            standIn.AddFile(FileId(i), $"計画書{i:000}.docx", i % 5 == 4 ? DepartmentsFolderId : PlansFolderId, Document(i));
        standIn.AddFile("01OUTSIDE", "別の計画.docx", GraphStandIn.RootId, Document(0));
        standIn.AddFile("01PDF", "議事録.pdf", PlansFolderId, [0x25, 0x50, 0x44, 0x46]);
    }

    public const string BearerToken = "eyJ-test-bearer-SECRET";

    public static GraphDriveSource Source(GraphStandIn standIn) =>
        new(GraphClients.Connect(new StaticTokenCredential(BearerToken), standIn.BaseUrl), Location, new RetryPolicy(3, TimeSpan.FromMilliseconds(50)));

    public static async Task<HarvestStore> NewStoreAsync(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "odx-sp-" + Guid.NewGuid().ToString("N")));
        return await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, name + ".db")));
    }

    public static Task<HarvestOutcome> HarvestAsync(GraphStandIn standIn, HarvestStore store) => new Harvester(store).RunAsync(Source(standIn));
}
