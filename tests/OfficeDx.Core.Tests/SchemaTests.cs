using System.Text.Json.Nodes;
using CsCheck;
using NJsonSchema;
using NJsonSchema.Validation;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Tests.Support;

namespace OfficeDx.Core.Tests;

/// <summary>templates/schema/plan.schema.json describes exactly the files PlanJson writes, and catches what the reader would reject.</summary>
[TestClass]
public sealed class SchemaTests
{
    private static JsonSchema schema = null!;

    [ClassInitialize]
    public static async Task LoadSchema(TestContext _)
    {
        schema = await JsonSchema.FromFileAsync(RepositoryFiles.PlanSchema);
    }

    [TestMethod]
    public void The_Akita_sample_is_valid()
    {
        var errors = Validate(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));
        Assert.IsEmpty(errors, Describe(errors));
    }

    [TestMethod]
    public void Every_random_plan_PlanJson_writes_is_valid()
    {
        PlanGenerators.Plan.Sample(plan =>
        {
            var errors = Validate(PlanJson.Serialize(plan));
            Assert.IsEmpty(errors, Describe(errors));
        }, iter: 300);
    }

    [TestMethod]
    public void The_small_plan_the_tests_build_is_valid()
    {
        var errors = Validate(PlanJsonBuilder.Valid().ToJsonString());
        Assert.IsEmpty(errors, Describe(errors));
    }

    [TestMethod]
    public void An_unknown_property_is_invalid()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["overveiw"] = "綴り間違い";

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0].overveiw", error.Path);
    }

    [TestMethod]
    public void An_unknown_property_at_the_top_is_invalid()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["author"] = "デジタル化推進本部";

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.AreEqual("#/author", error.Path);
    }

    [TestMethod]
    [DataRow("継続", DisplayName = "継続")]
    [DataRow("done", DisplayName = "done")]
    [DataRow("Preparation", DisplayName = "capitalised id (the reader folds case, the schema lists the written spelling)")]
    public void An_unknown_phase_is_invalid(string phase)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![0]!["phase"] = phase;

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NotInEnumeration, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0].schedule[0].phase", error.Path);
    }

    [TestMethod]
    [DataRow("準備・検討")]
    [DataRow("準備検討")]
    [DataRow("準備/検討")]
    [DataRow("実施")]
    [DataRow("継続実施")]
    [DataRow("なし")]
    public void A_phase_written_as_its_Japanese_label_is_valid(string phase)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![0]!["phase"] = phase;

        Assert.IsEmpty(Validate(plan.ToJsonString()));
        Assert.IsNotNull(PlanJson.Deserialize(plan.ToJsonString()), "the reader accepts it too");
    }

    [TestMethod]
    [DataRow("done")]
    [DataRow("Active")]
    public void An_unknown_measure_state_is_invalid(string state)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["state"] = state;

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NotInEnumeration, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0].state", error.Path);
    }

    [TestMethod]
    public void An_unknown_note_kind_is_invalid()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["notes"]!.AsArray().Add(new JsonObject { ["kind"] = "title", ["text"] = "※名称を修正" });

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NotInEnumeration, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0].notes[0].kind", error.Path);
    }

    [TestMethod]
    [DataRow("\"令和3年度\"", DisplayName = "\"令和3年度\"")]
    [DataRow("\"R3\"", DisplayName = "\"R3\"")]
    [DataRow("2021", DisplayName = "2021")]
    [DataRow("1926", DisplayName = "1926, the first supported year")]
    [DataRow("2200", DisplayName = "2200, the last supported year")]
    public void A_fiscal_year_as_a_number_in_range_or_as_text_is_valid(string written)
    {
        var plan = PlanJsonBuilder.Valid();
        plan["period"]!["from"] = JsonNode.Parse(written);

        Assert.IsEmpty(Validate(plan.ToJsonString()));
    }

    [TestMethod]
    [DataRow("1925", DisplayName = "1925, before the first supported year")]
    [DataRow("2201", DisplayName = "2201, after the last supported year")]
    [DataRow("2021.5", DisplayName = "2021.5, not an integer")]
    [DataRow("\"\"", DisplayName = "empty text")]
    [DataRow("true", DisplayName = "true")]
    public void A_fiscal_year_that_is_not_one_is_invalid(string written)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![0]!["fiscalYear"] = JsonNode.Parse(written);

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NotAnyOf, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0].schedule[0].fiscalYear", error.Path);
    }

    [TestMethod]
    public void A_completed_measure_needs_only_id_name_and_state()
    {
        var plan = PlanJsonBuilder.Valid();
        var completed = plan["areas"]![0]!["measures"]![1]!.AsObject();
        CollectionAssert.AreEquivalent(new[] { "id", "name", "state" }, completed.Select(p => p.Key).ToArray());

        Assert.IsEmpty(Validate(plan.ToJsonString()));
    }

    [TestMethod]
    [DataRow("overview")]
    [DataRow("mainActions")]
    [DataRow("schedule")]
    [DataRow("indicators")]
    [DataRow("departments")]
    [DataRow("notes")]
    public void A_measure_with_a_table_must_have_every_field(string missing)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan).Remove(missing);

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NotAnyOf, error.Kind);
        Assert.AreEqual("#/areas[0].measures[0]", error.Path);
    }

    [TestMethod]
    [DataRow("id")]
    [DataRow("municipality")]
    [DataRow("title")]
    [DataRow("period")]
    [DataRow("areas")]
    public void A_plan_without_a_required_key_is_invalid(string missing)
    {
        var plan = PlanJsonBuilder.Valid();
        plan.Remove(missing);

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.PropertyRequired, error.Kind);
        Assert.AreEqual(missing, error.Property);
    }

    [TestMethod]
    public void Nested_areas_are_checked_as_deeply_as_they_go()
    {
        var plan = PlanJsonBuilder.Valid();
        var inner = new JsonObject { ["id"] = "area-1-1-1", ["number"] = "(ア)", ["title"] = "三段目", ["areas"] = new JsonArray(), ["measures"] = new JsonArray(), ["colour"] = "red" };
        var middle = new JsonObject { ["id"] = "area-1-1", ["number"] = "ア", ["title"] = "二段目", ["areas"] = new JsonArray(inner), ["measures"] = new JsonArray() };
        plan["areas"]![0]!["areas"]!.AsArray().Add(middle);

        var error = Assert.ContainsSingle(Validate(plan.ToJsonString()));
        Assert.AreEqual(ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.AreEqual("#/areas[0].areas[0].areas[0].colour", error.Path);
    }

    [TestMethod]
    [DataRow(typeof(Plan), "")]
    [DataRow(typeof(PlanPeriod), "period")]
    [DataRow(typeof(Area), "area")]
    [DataRow(typeof(Measure), "measure")]
    [DataRow(typeof(ScheduleEntry), "scheduleEntry")]
    [DataRow(typeof(Indicator), "indicator")]
    [DataRow(typeof(IndicatorValue), "indicatorValue")]
    [DataRow(typeof(RevisionNote), "revisionNote")]
    public void Describes_exactly_the_properties_PlanJson_writes(Type modelType, string definition)
    {
        var written = PlanJson.Options.GetTypeInfo(modelType).Properties.Select(p => p.Name).Order().ToArray();
        var described = SchemaObject(definition)["properties"]!.AsObject().Select(p => p.Key).Order().ToArray();

        CollectionAssert.AreEqual(written, described, $"PlanJson writes {string.Join(", ", written)}; the schema describes {string.Join(", ", described)}");
    }

    [TestMethod]
    public void Every_object_forbids_unknown_properties()
    {
        foreach (var (name, obj) in SchemaObjects())
            Assert.IsFalse((bool)obj["additionalProperties"]!, $"{name} must set additionalProperties to false");
    }

    [TestMethod]
    public void Every_property_has_a_title_and_a_Japanese_description()
    {
        foreach (var (name, obj) in SchemaObjects())
        {
            foreach (var (key, property) in obj["properties"]!.AsObject())
            {
                var title = (string?)property!["title"];
                var description = (string?)property["description"];
                Assert.IsFalse(string.IsNullOrWhiteSpace(title), $"{name}.{key} has no title");
                Assert.IsFalse(string.IsNullOrWhiteSpace(description), $"{name}.{key} has no description");
                Assert.IsTrue(description!.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF'), $"{name}.{key}: description is not in Japanese");
            }
        }
    }

    private static JsonObject SchemaDocument { get; } = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PlanSchema))!.AsObject();

    private static JsonObject SchemaObject(string definition) =>
        definition.Length == 0 ? SchemaDocument : SchemaDocument["definitions"]![definition]!.AsObject();

    private static IEnumerable<(string Name, JsonObject Schema)> SchemaObjects() =>
        SchemaDocument["definitions"]!.AsObject()
            .Where(d => (string?)d.Value!["type"] == "object")
            .Select(d => (d.Key, d.Value!.AsObject()))
            .Prepend(("(plan)", SchemaDocument));

    /// <summary>
    /// Validates against the schema and lists the errors where they are: NJsonSchema reports an error inside an array item
    /// as ArrayItemNotValid on the array, with the real error among its children.
    /// </summary>
    private static IReadOnlyList<ValidationError> Validate(string json) => Leaves(schema.Validate(json)).ToArray();

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError { Kind: ValidationErrorKind.ArrayItemNotValid } child
            ? Leaves(child.Errors.Values.SelectMany(v => v))
            : [e]);

    private static string Describe(IEnumerable<ValidationError> errors) => string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
