using OfficeDx.Core.Json;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>The samples of every house style: each comes back from Word exactly, validates, and gives the same bytes twice.</summary>
[TestClass]
public sealed class ProfileSampleTests
{
    public static IEnumerable<object[]> SampleNames => new[] { "akita", "akita-v2", "katagami", "hachinohe" }.Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void SampleComesBackExactlyInItsOwnProfile(string name)
    {
        var plan = Samples.Load(name);
        Assert.AreEqual(name, plan.Profile);
        var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)), name + ".docx");
        Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
        Assert.AreEqual(File.ReadAllText(Samples.PlanPath(name)), PlanJson.Serialize(harvest.Plan));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void SampleHasNoValidationErrors(string name)
    {
        var plan = Samples.Load(name);
        var errors = DocumentValidation.Validate(PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)), name + ".docx");
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void SampleGivesIdenticalBytesTwice(string name)
    {
        var plan = Samples.Load(name);
        var profile = ProfileLibrary.Load(plan.Profile);
        CollectionAssert.AreEqual(PlanDocumentWriter.Write(plan, profile), PlanDocumentWriter.Write(plan, profile));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void SampleFitsItsProfile(string name)
    {
        var plan = Samples.Load(name);
        Assert.IsEmpty(ProfileCoverage.Unshown(plan, ProfileLibrary.Load(plan.Profile)));
    }
}
