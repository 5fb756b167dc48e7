using CsCheck;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class DeterminismTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void GeneratingTheAkitaSampleTwiceGivesIdenticalBytes()
    {
        var plan = Samples.Load("akita");
        CollectionAssert.AreEqual(PlanDocumentWriter.Write(plan, Akita), PlanDocumentWriter.Write(plan, Akita));
    }

    [TestMethod]
    public void GeneratingAnyPlanTwiceGivesIdenticalBytes()
    {
        PlanGenerators.Plan.Sample(plan =>
            CollectionAssert.AreEqual(PlanDocumentWriter.Write(plan, Akita), PlanDocumentWriter.Write(plan, Akita)), iter: 50);
    }
}
