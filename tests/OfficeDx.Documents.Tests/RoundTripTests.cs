using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Word;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class RoundTripTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void RandomPlansComeBackUnchangedFromWord()
    {
        PlanGenerators.Plan.Sample(plan =>
        {
            var problems = PlanValidator.Validate(plan);
            Assert.IsEmpty(problems, "generator made an invalid plan: " + string.Join("; ", problems));
            var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(plan, Akita), "random.docx");
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
