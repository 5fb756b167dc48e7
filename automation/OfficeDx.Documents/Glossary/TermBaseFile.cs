using System.Reflection;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Glossary;

/// <summary>Loads a term base (the shipped templates/glossary/terms.json or a file) and rejects one a glossary cannot be built from.</summary>
public static class TermBaseFile
{
    private const string ShippedResource = "OfficeDx.Glossary.terms.json";

    private static readonly JsonSerializerOptions Options = new(PlanJson.Options);

    /// <summary>The term base seeded from every glossary in the seed plans.</summary>
    public static TermBase Shipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ShippedResource)
            ?? throw new TermBaseException("terms.json", ["用語集の既定ファイルが組み込まれていません。"]);
        return Parse(stream, "templates/glossary/terms.json");
    }

    public static TermBase Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Parse(file, path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TermBaseException(path, ["ファイルが見つかりません。パスを確認してください。"]);
        }
    }

    public static TermBase Parse(Stream stream, string source)
    {
        TermBaseDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TermBaseDocument>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new TermBaseException(source, [$"{JsonErrorText.Place(e)}: {JsonErrorText.Explain(e)}"]);
        }
        var termBase = new TermBase { Terms = document?.Terms ?? [] };
        var problems = Validate(termBase);
        if (problems.Count > 0) throw new TermBaseException(source, problems);
        return termBase;
    }

    /// <summary>Duplicate terms (also as another entry's variant, by comparison key), empty definitions, readings that are not kana.</summary>
    public static IReadOnlyList<string> Validate(TermBase termBase)
    {
        var problems = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < termBase.Terms.Count; i++)
        {
            var entry = termBase.Terms[i];
            var place = $"$.terms[{i}]（{(entry.Term.Length > 0 ? ShortQuote.Of(entry.Term) : "用語なし")}）";
            if (string.IsNullOrWhiteSpace(entry.Term)) problems.Add($"{place}.term: 用語が空です。");
            if (string.IsNullOrWhiteSpace(entry.Definition)) problems.Add($"{place}.definition: 解説が空です。");
            if (entry.Reading is { } reading && !Kana.IsReading(reading))
                problems.Add($"{place}.reading: よみがな「{ShortQuote.Of(reading)}」がひらがな・カタカナではありません。");
            foreach (var spelling in entry.Variants.Prepend(entry.Term).Where(s => s.Trim().Length > 0))
            {
                var key = TermKey.Of(spelling);
                if (keys.TryGetValue(key, out var other) && other != place)
                    problems.Add($"{place}: 「{ShortQuote.Of(spelling)}」が {other} と重複しています。");
                else keys[key] = place;
            }
        }
        return problems;
    }

    /// <summary>The file's shape: the term list plus an optional $schema reference.</summary>
    private sealed record TermBaseDocument
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; init; }
        public IReadOnlyList<TermBaseEntry> Terms { get; init; } = [];
    }
}
