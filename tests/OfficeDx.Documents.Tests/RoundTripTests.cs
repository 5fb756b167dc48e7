using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class RoundTripTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void RandomPlansComeBackUnchangedFromWord()
    {
        // Each plan is written in a shipped profile picked at random (arrows or phase texts, sentence or KPI table, other rows).
        ProfileFit.PlanWithProfile.Sample(pair =>
        {
            var (plan, profile) = pair;
            var problems = PlanValidator.Validate(plan);
            Assert.IsEmpty(problems, "generator made an invalid plan: " + string.Join("; ", problems));
            Assert.IsEmpty(ProfileCoverage.Unshown(plan, profile));
            var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(plan, profile), "random.docx");
            Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(harvest.Plan));
        }, iter: 500, seed: null);
    }

    [TestMethod]
    public void AkitaSampleComesBackExactly()
    {
        var plan = Samples.Load("akita");
        var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(plan, Akita), "akita.docx");
        Assert.IsEmpty(harvest.Problems);
        Assert.AreEqual(File.ReadAllText(Samples.PlanPath("akita")), PlanJson.Serialize(harvest.Plan));
    }
}
