using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Json;

/// <summary>Reads and writes plan files: camel-case JSON, Japanese written as is, unknown members rejected.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            NewLine = "\n",
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WriteOnlyWhatTheFileHolds, NullElements.Refuse } },
        };
        options.Converters.Add(new FiscalYearJsonConverter());
        options.Converters.Add(new PhaseJsonConverter());
        options.Converters.Add(new StrictEnumConverter<MeasureState>());
        options.Converters.Add(new StrictEnumConverter<RevisionNoteKind>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Keeps the written file to what a plan file holds: computed model properties (PlanPeriod.Length) are not written,
    /// an indicator's empty targets and actuals and a measure's empty tracks are left out, and a completed measure is written as id, name and state
    /// (its empty detail fields are left out, as they are in the 実施済みの施策 list). Reading fills the same defaults back in.
    /// A ShouldSerialize predicate replaces <see cref="JsonIgnoreCondition.WhenWritingNull"/>, so each one skips null itself.
    /// </summary>
    private static void WriteOnlyWhatTheFileHolds(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace != typeof(Plan).Namespace) return;
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null) typeInfo.Properties.RemoveAt(i);
        }
        if (typeInfo.Type == typeof(Plan))
        {
            foreach (var property in typeInfo.Properties.Where(p => p.Name is "glossary"))
                property.ShouldSerialize = (_, value) => !IsEmpty(value);
        }
        else if (typeInfo.Type == typeof(GlossaryTerm))
        {
            foreach (var property in typeInfo.Properties.Where(p => p.Name is "variants"))
                property.ShouldSerialize = (_, value) => !IsEmpty(value);
        }
        else if (typeInfo.Type == typeof(Indicator))
        {
            foreach (var property in typeInfo.Properties.Where(p => p.Name is "targets" or "actuals"))
                property.ShouldSerialize = (_, value) => !IsEmpty(value);
        }
        else if (typeInfo.Type == typeof(Measure))
        {
            foreach (var property in typeInfo.Properties.Where(p => p.Name is not ("id" or "name" or "state" or "tracks")))
                property.ShouldSerialize = (measure, value) =>
                    value is not null && (((Measure)measure).State != MeasureState.Completed || !IsEmpty(value));
            // Bars are written only by the measures that have them: plan files kept per year stay as they were.
            foreach (var property in typeInfo.Properties.Where(p => p.Name is "tracks"))
                property.ShouldSerialize = (_, value) => !IsEmpty(value);
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        IEnumerable items => !items.GetEnumerator().MoveNext(),
        _ => false,
    };

    public static string Serialize(Plan plan) => JsonSerializer.Serialize(plan, Options) + "\n";

    /// <summary>Parses plan JSON; throws <see cref="JsonException"/> with the path and line of the first problem.</summary>
    public static Plan Deserialize(string json) =>
        JsonSerializer.Deserialize<Plan>(json, Options) ?? throw new JsonException("計画ファイルが空（null）です。");
}
