using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>templates/glossary/terms.schema.json, checked by a real JSON Schema validator, accepts the shipped term base and rejects broken ones.</summary>
[TestClass]
public sealed class TermBaseSchemaTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "templates", "glossary");
    private static JsonSchema schema = null!;

    [ClassInitialize]
    public static async Task LoadSchema(TestContext _)
    {
        schema = await JsonSchema.FromFileAsync(Path.Combine(Folder, "terms.schema.json"));
    }

    private static JsonObject Shipped() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "terms.json")))!.AsObject();

    /// <summary>The innermost errors: NJsonSchema wraps an error inside a $ref'd array item in an ArrayItemNotValid one.</summary>
    private static List<ValidationError> Validate(JsonNode document) => [.. schema.Validate(document.ToJsonString()).SelectMany(Leaves)];

    private static IEnumerable<ValidationError> Leaves(ValidationError error) =>
        error is ChildSchemaValidationError { Errors.Count: > 0 } child ? child.Errors.Values.SelectMany(e => e).SelectMany(Leaves) : [error];

    private static string Describe(IEnumerable<ValidationError> errors) => string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}"));

    [TestMethod]
    public void TheShippedTermBaseIsValidAgainstItsSchema()
    {
        var document = Shipped();
        Assert.IsGreaterThan(50, document["terms"]!.AsArray().Count, "the whole seeded term base is checked, not an empty file");
        var errors = Validate(document);
        Assert.IsEmpty(errors, Describe(errors));
    }

    [TestMethod]
    public void TheShippedTermBaseIsTheOneEmbeddedInTheLibrary()
    {
        var file = Shipped()["terms"]!.AsArray().Select(t => (string)t!["term"]!).ToArray();
        CollectionAssert.AreEqual(file, TermBaseFile.Shipped().Terms.Select(t => t.Term).ToArray());
    }

    [TestMethod]
    public void AnUnknownPropertyOnATermIsInvalid()
    {
        var document = Shipped();
        document["terms"]![3]!["meaning"] = "解説の綴り間違い";

        var error = Assert.ContainsSingle(Validate(document));
        Assert.AreEqual(ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.AreEqual("#/terms[3].meaning", error.Path);
    }

    [TestMethod]
    public void ATermWithoutADefinitionIsInvalid()
    {
        var document = Shipped();
        document["terms"]![0]!.AsObject().Remove("definition");

        var error = Assert.ContainsSingle(Validate(document));
        Assert.AreEqual(ValidationErrorKind.PropertyRequired, error.Kind);
        Assert.AreEqual("definition", error.Property);
    }

    [TestMethod]
    [DataRow("RPA", DisplayName = "Latin letters")]
    [DataRow("あーるぴー1", DisplayName = "a digit among kana")]
    [DataRow("人工知能", DisplayName = "kanji")]
    public void AReadingThatIsNotKanaIsInvalid(string reading)
    {
        var document = Shipped();
        document["terms"]![1]!["reading"] = reading;

        var error = Assert.ContainsSingle(Validate(document));
        Assert.AreEqual(ValidationErrorKind.PatternMismatch, error.Kind);
        Assert.AreEqual("#/terms[1].reading", error.Path);
    }

    [TestMethod]
    [DataRow("definition", "", ValidationErrorKind.StringTooShort, DisplayName = "empty definition")]
    [DataRow("definition", "   ", ValidationErrorKind.PatternMismatch, DisplayName = "blank definition")]
    [DataRow("term", "", ValidationErrorKind.StringTooShort, DisplayName = "empty term")]
    public void AnEmptyTermOrDefinitionIsInvalid(string property, string value, ValidationErrorKind kind)
    {
        var document = Shipped();
        document["terms"]![2]![property] = value;

        var errors = Validate(document);
        Assert.IsTrue(errors.Any(e => e.Kind == kind && e.Path == $"#/terms[2].{property}"), Describe(errors));
    }

    [TestMethod]
    public void ASourceWithoutTheDocumentItCameFromIsInvalid()
    {
        var document = Shipped();
        var term = document["terms"]!.AsArray().First(t => t!["sources"] is JsonArray { Count: > 0 })!;
        term["sources"]![0]!.AsObject().Remove("document");

        var error = Assert.ContainsSingle(Validate(document));
        Assert.AreEqual(ValidationErrorKind.PropertyRequired, error.Kind);
        Assert.AreEqual("document", error.Property);
    }
}
