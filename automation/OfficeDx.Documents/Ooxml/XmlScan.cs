using System.Xml;
using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Reads an XML part once as a stream, refusing DTDs (XXE, billion laughs), nesting past the depth limit and too many nodes.</summary>
internal static class XmlScan
{
    public static XmlReaderSettings Settings(InputLimits limits, XmlNameTable? names = null) => new()
    {
        NameTable = names,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxPartBytes,
        MaxCharactersFromEntities = 0,
        CloseInput = false,
        // As XDocument.Load(stream) reads: whitespace between elements dropped, xml:space="preserve" text kept.
        IgnoreWhitespace = true,
    };

    public static void Scan(Stream stream, string file, string part, PackageGuard.Budget budget)
    {
        using var reader = XmlReader.Create(stream, Settings(budget.Limits));
        Scan(reader, file, part, budget);
    }

    public static void Scan(XmlReader reader, string file, string part, PackageGuard.Budget budget) =>
        Translated(file, part, budget.Limits, () =>
        {
            while (reader.Read()) Count(new ReaderNode(reader), file, part, budget);
            return true;
        });

    /// <summary>
    /// Checks a part as <see cref="Scan(XmlReader, string, string, PackageGuard.Budget)"/> does and builds its tree in the same pass,
    /// from a reader made with <see cref="Settings"/> (or <see cref="Utf8XmlReader"/>, which reports the same nodes) whose name table
    /// is the capture's.
    /// </summary>
    public static XDocument Load(XmlReader inner, string file, string part, PackageGuard.Budget budget, HarvestBodyFilter? filter, MeasureCapture? capture)
    {
        using var reader = new CheckedXmlReader(inner, file, part, budget, filter, capture);
        var document = Translated(file, part, budget.Limits, () => XDocument.Load(reader));
        capture?.Attach(document);
        return document;
    }

    /// <summary>Counts the node the reader stands on against the budget and checks its depth and attributes.</summary>
    public static void Count<TNode>(TNode node, string file, string part, PackageGuard.Budget budget) where TNode : struct, IXmlNodeView
    {
        var limits = budget.Limits;
        var attributes = node.AttributeCount;
        budget.Nodes += 1 + attributes;
        if (budget.Nodes > limits.MaxXmlNodes)
            throw PackageGuard.TooLarge(file, $"部品 {PackageGuard.Shown(part)} までで XML の要素・属性・文字列が {InputLimits.Name(nameof(InputLimits.MaxXmlNodes), limits.MaxXmlNodes)} 個を超えています。");
        if (node.NodeType != XmlNodeType.Element) return;
        if (attributes > 0 && node.LongestAttributeBound > limits.MaxAttributeCharacters) CheckAttributes(node.Reader, file, part, limits);
        if (node.Depth >= limits.MaxXmlDepth)
            throw PackageGuard.TooLarge(file, $"部品 {PackageGuard.Shown(part)} の {Line(node.Reader)}で XML の入れ子が {InputLimits.Name(nameof(InputLimits.MaxXmlDepth), limits.MaxXmlDepth)} 段を超えています（コンテンツ コントロールや表の入れ子が深すぎます）。");
    }

    private static T Translated<T>(string file, string part, InputLimits limits, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw PackageGuard.Damaged(file, $"部品 {PackageGuard.Shown(part)} に DTD（<!DOCTYPE>）があります。外部の実体や実体の展開を含む XML は、安全のため受け付けていません。");
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw PackageGuard.TooLarge(file, $"部品 {PackageGuard.Shown(part)} の XML が {InputLimits.Name(nameof(InputLimits.MaxPartBytes), limits.MaxPartBytes)} 文字を超えています。");
        }
        catch (XmlException e)
        {
            throw PackageGuard.Damaged(file, $"部品 {PackageGuard.Shown(part)} の XML が壊れていて読めません{XmlScan.Where(e)}。");
        }
    }

    /// <summary>Refuses an attribute value longer than <see cref="InputLimits.MaxAttributeCharacters"/>, naming the part and the line.</summary>
    public static void CheckAttributes(XmlReader reader, string file, string part, InputLimits limits)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            var length = reader.GetAttribute(i).Length;
            if (length > limits.MaxAttributeCharacters)
                throw PackageGuard.TooLarge(file, $"部品 {PackageGuard.Shown(part)} の {Line(reader)}で属性の値が {InputLimits.Count(length)} 文字あり、{InputLimits.Name(nameof(InputLimits.MaxAttributeCharacters), limits.MaxAttributeCharacters)} 文字を超えています（壊れているか、手を加えられたファイルです）。");
        }
    }

    /// <summary>"（3行目 5文字目）", or what an empty part means when the reader has no line to give.</summary>
    public static string Where(XmlException e) => e.LineNumber > 0 ? $"（{e.LineNumber}行目 {e.LinePosition}文字目）" : "（空か、XML ではありません）";

    private static string Line(XmlReader reader) => reader is IXmlLineInfo { } info && info.HasLineInfo() ? $"{info.LineNumber}行目 {info.LinePosition}文字目" : "途中";
}
