namespace OfficeDx.Storage.Tests;

[TestClass]
public sealed class StoreLocationTests
{
    [TestMethod]
    public void SqlitePrefixAndBarePathBothMeanAFile()
    {
        Assert.AreEqual(StoreKind.Sqlite, StoreLocation.Parse("sqlite:out/a.db").Kind);
        Assert.AreEqual(StoreKind.Sqlite, StoreLocation.Parse("out/a.db").Kind);
        StringAssert.EndsWith(StoreLocation.Parse("sqlite:out/a.db").Display, Path.Combine("out", "a.db"));
    }

    [TestMethod]
    public void PostgresLocationNeverShowsItsPassword()
    {
        var location = StoreLocation.Parse("postgres:Host=db.example;Port=5433;Database=dx;Username=u;Password=S3cret-pw");
        Assert.AreEqual(StoreKind.PostgreSql, location.Kind);
        Assert.AreEqual("PostgreSQL db.example:5433/dx", location.Display);
        Assert.DoesNotContain("S3cret-pw", location.ToString());
    }

    [TestMethod]
    public void UnreadableConnectionStringIsRejectedWithoutEchoingIt()
    {
        var e = Assert.ThrowsExactly<StoreException>(() => StoreLocation.Parse("postgres:Nonsense=1;Password=S3cret-pw"));
        Assert.DoesNotContain("S3cret-pw", e.Message);
    }

    [TestMethod]
    public async Task UnreachablePostgresIsAPlainMessageWithoutThePassword()
    {
        var location = StoreLocation.Parse("postgres:Host=127.0.0.1;Port=1;Database=x;Username=u;Password=S3cret-pw;Timeout=2");
        var e = await Assert.ThrowsExactlyAsync<StoreException>(() => HarvestStore.OpenAsync(location));
        StringAssert.Contains(e.Message, "127.0.0.1:1/x");
        Assert.DoesNotContain("S3cret-pw", e.Message);
    }

    [TestMethod]
    public void RedactionRemovesTokensFromUrlsHeadersAndKeyValues()
    {
        var text = Redaction.Redact("GET https://x.sharepoint.com/_layouts/15/download.aspx?UniqueId=1&tempauth=eyJabc failed; Authorization: Bearer eyJ0.x.y; Password=pw1;");
        Assert.DoesNotContain("eyJabc", text);
        Assert.DoesNotContain("eyJ0.x.y", text);
        Assert.DoesNotContain("pw1", text);
        StringAssert.Contains(text, "https://x.sharepoint.com/_layouts/15/download.aspx?***");
    }
}
