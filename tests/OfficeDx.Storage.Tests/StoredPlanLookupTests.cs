namespace OfficeDx.Storage.Tests;

/// <summary>Finding one harvested plan for officedx revise: by plan id, or by document path when one id was harvested twice.</summary>
[TestClass]
public sealed class StoredPlanLookupTests
{
    private static async Task<HarvestStore> TwoEditionsAsync()
    {
        var folder = TestFolders.Create();
        var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "lookup.db")));
        var run = await store.BeginRunAsync("test");
        var akita = TestFolders.Sample("akita");
        await store.SaveDocumentAsync(run, new DocumentRecord("test", "i1", "2021/akita.docx", "\"e1\"", 1), akita with { Edition = "令和3年6月策定" }, []);
        await store.SaveDocumentAsync(run, new DocumentRecord("test", "i2", "2023/akita.docx", "\"e2\"", 1), akita with { Edition = "令和5年3月改訂" }, []);
        await store.SaveDocumentAsync(run, new DocumentRecord("test", "i3", "katagami.docx", "\"e3\"", 1), TestFolders.Sample("katagami"), []);
        return store;
    }

    [TestMethod]
    public async Task APlanIdHarvestedOnceIsFoundByItsId()
    {
        await using var store = await TwoEditionsAsync();
        var katagami = TestFolders.Sample("katagami");

        var found = await StoredPlanLookup.FindAsync(store, katagami.Id);

        Assert.AreEqual("katagami.docx", found.Path);
        Assert.AreEqual(katagami.AllMeasures().Count(), found.Plan.AllMeasures().Count());
    }

    [TestMethod]
    public async Task APlanIdHarvestedFromTwoDocumentsNamesBothAndThePathPicksOne()
    {
        await using var store = await TwoEditionsAsync();

        var error = await Assert.ThrowsExactlyAsync<StoreException>(() => StoredPlanLookup.FindAsync(store, "akita-2021"));
        var found = await StoredPlanLookup.FindAsync(store, "2023/akita.docx");

        StringAssert.Contains(error.Message, "2021/akita.docx");
        StringAssert.Contains(error.Message, "2023/akita.docx");
        Assert.AreEqual("令和5年3月改訂", found.Plan.Edition);
    }

    [TestMethod]
    public async Task AnUnknownKeyListsThePlansTheStoreHolds()
    {
        await using var store = await TwoEditionsAsync();

        var error = await Assert.ThrowsExactlyAsync<StoreException>(() => StoredPlanLookup.FindAsync(store, "hachinohe-2022"));

        StringAssert.Contains(error.Message, "hachinohe-2022");
        StringAssert.Contains(error.Message, "akita-2021（2021/akita.docx）");
        StringAssert.Contains(error.Message, "（katagami.docx）");
    }
}
