using CsCheck;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class ValidationTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void AkitaSampleHasNoValidationErrors()
    {
        var errors = DocumentValidation.Validate(PlanDocumentWriter.Write(Samples.Load("akita"), Akita), "akita.docx");
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public void RandomPlansHaveNoValidationErrors()
    {
        ProfileFit.PlanWithProfile.Sample(pair =>
        {
            var errors = DocumentValidation.Validate(PlanDocumentWriter.Write(pair.Plan, pair.Profile), "random.docx");
            Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        }, iter: 60);
    }
}
