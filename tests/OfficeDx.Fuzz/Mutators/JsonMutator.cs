using System.Text;
using System.Text.Json.Nodes;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Mutations of a JSON file or request body that keep most of its shape: a value replaced by null, an extreme number, a huge string,
/// a deep nest or another type; array elements repeated; members dropped or added; and byte-level damage.
/// </summary>
public static partial class JsonMutator
{
    private const string Hole = "\u0001FUZZ\u0001";
    private static readonly int[] Depths = [65, 1_000, 10_000, 100_000];

    public static (byte[] Json, string Mutation) Mutate(byte[] seed, Random random)
    {
        if (random.Next(8) == 0) return Bytes(seed, random);
        var root = JsonNode.Parse(seed)!;
        var slots = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        Collect(root, slots);
        var mutations = new List<string>();
        string? raw = null;
        var count = random.Next(1, 4);
        for (var m = 0; m < count && slots.Count > 0; m++)
        {
            var (parent, key, value) = random.Pick(slots);
            switch (random.Next(9))
            {
                case 0:
                    Set(parent, key, null);
                    mutations.Add($"null({Path(parent, key)})");
                    break;
                case 1 when value is JsonArray { Count: > 0 } array:
                    var times = random.Next(2) == 0 ? random.Next(2, 5) : random.Next(200, 5_000);
                    var element = random.Pick(array.ToArray());
                    // Repeats compound (an array repeated inside a repeated array): past the cap the generator itself, not the
                    // entry point, would need gigabytes (a 703 MB plan of 12 million nodes once). Sizes past every limit still come.
                    times = RepeatBudget.Copies(times, element?.ToJsonString().Length ?? 4);
                    for (var i = 0; i < times; i++) array.Add(element?.DeepClone());
                    mutations.Add($"repeat-element({Path(parent, key)} x{times})");
                    break;
                case 2 when parent is JsonObject owner:
                    owner.Remove((string)key);
                    mutations.Add($"drop-member({Path(parent, key)})");
                    m = count; // the slots list now holds a detached node
                    break;
                case 3 when value is JsonObject target:
                    target["fuzz" + random.Next(100)] = random.Next(2) == 0 ? 1 : new JsonArray();
                    mutations.Add($"unknown-member({Path(parent, key)})");
                    break;
                case 4 when value is JsonArray list:
                    list.Add(null);
                    mutations.Add($"null-element({Path(parent, key)})");
                    break;
                case 5:
                    Set(parent, key, Extremes.LongText(random));
                    mutations.Add($"huge-string({Path(parent, key)})");
                    break;
                default:
                    if (raw is not null) break;
                    raw = random.Next(3) switch
                    {
                        0 => random.Pick(Extremes.Numbers) is var n && JsonNumber().IsMatch(n) ? n : $"\"{n}\"",
                        1 => Nest(random),
                        _ => random.Pick(new[] { "true", "{}", "[]", "\"\"", "[null]", "{\"\":null}", "\"" + random.Pick(Extremes.Years) + "\"", "\"" + random.Pick(Extremes.ProfileNames).Replace("\\", "\\\\") + "\"" }),
                    };
                    Set(parent, key, Hole);
                    mutations.Add($"value({Path(parent, key)}={(raw.Length > 24 ? raw[..24] + "…" : raw)})");
                    m = count;
                    break;
            }
        }
        var text = root.ToJsonString();
        if (raw is not null) text = text.Replace("\"" + Hole + "\"", raw);
        return (Encoding.UTF8.GetBytes(text), string.Join(" + ", mutations));
    }

    private static string Nest(Random random)
    {
        var depth = random.Pick(Depths);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    private static (byte[], string) Bytes(byte[] seed, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                var cut = random.Next(seed.Length + 1);
                return (seed[..cut], $"truncate-json({cut})");
            case 1:
                var bytes = seed.ToArray();
                bytes[random.Next(bytes.Length)] = (byte)random.Pick(new[] { 0x00, 0xFF, 0xC0, 0x80, 0xE3 });
                return (bytes, "invalid-utf8");
            case 2:
                return ([0xEF, 0xBB, 0xBF, .. seed], "bom");
            case 3:
                var text = Encoding.UTF8.GetString(seed);
                var at = text.IndexOf(',', random.Next(Math.Max(1, text.Length)));
                return (Encoding.UTF8.GetBytes(at < 0 ? "// comment\n" + text : text[..at] + ",," + text[(at + 1)..]), "stray-comma");
            default:
                return ([], "empty");
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, object, JsonNode?)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToArray())
                {
                    slots.Add((o, name, value));
                    if (value is not null) Collect(value, slots);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i, a[i]));
                    if (a[i] is { } item) Collect(item, slots);
                }
                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o) o[(string)key] = value;
        else if (parent is JsonArray a && (int)key < a.Count) a[(int)key] = value;
    }

    private static string Path(JsonNode parent, object key) => parent.GetPath() + (key is int i ? $"[{i}]" : "." + key);

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex JsonNumber();
}
