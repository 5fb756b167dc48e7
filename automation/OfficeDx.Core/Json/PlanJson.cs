using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        };
        options.Converters.Add(new FiscalYearJsonConverter());
        options.Converters.Add(new PhaseJsonConverter());
        options.Converters.Add(new StrictEnumConverter<MeasureState>());
        options.Converters.Add(new StrictEnumConverter<RevisionNoteKind>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(Plan plan) => JsonSerializer.Serialize(plan, Options) + "\n";

    /// <summary>Parses plan JSON; throws <see cref="JsonException"/> with the path and line of the first problem.</summary>
    public static Plan Deserialize(string json) =>
        JsonSerializer.Deserialize<Plan>(json, Options) ?? throw new JsonException("計画ファイルが空（null）です。");
}
