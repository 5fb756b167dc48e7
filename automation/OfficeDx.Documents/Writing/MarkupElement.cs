using System.Buffers;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace OfficeDx.Documents.Writing;

/// <summary>Finished markup (<see cref="WordMarkup"/>) standing in a typed tree: saved as its text, with no children to walk into.</summary>
/// <remarks>
/// The SDK's own raw elements (new SdtBlock(outerXml)) would do, but their constructor insists that the markup declare its
/// namespaces, and the declaration would then be saved with it; and anything that looks inside them makes the SDK parse them.
/// The text stays in the builder it was written into, in chunks below the large-object heap, and the control ids and
/// bookmarks known only once it was finished are inserted as it is saved: an area of a hundred measure tables copied into
/// one string went to the large-object heap, and its collections cost more than the copy.
/// </remarks>
internal sealed class MarkupElement(StringBuilder markup, IReadOnlyList<(int Position, string Text)> inserts) : OpenXmlLeafElement
{
    private const int BlockChars = 4096;

    public override void WriteTo(XmlWriter xmlWriter)
    {
        var buffer = ArrayPool<char>.Shared.Rent(BlockChars);
        try
        {
            var from = 0;
            foreach (var (at, text) in inserts)
            {
                WriteRange(xmlWriter, from, at, buffer);
                xmlWriter.WriteRaw(text);
                from = at;
            }
            WriteRange(xmlWriter, from, markup.Length, buffer);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Characters [from, to) a block at a time; a block never ends between the halves of a surrogate pair, which XmlWriter would refuse.</summary>
    private void WriteRange(XmlWriter xmlWriter, int from, int to, char[] buffer)
    {
        while (from < to)
        {
            var count = Math.Min(buffer.Length, to - from);
            markup.CopyTo(from, buffer.AsSpan(0, count), count);
            if (count > 1 && from + count < to && char.IsHighSurrogate(buffer[count - 1])) count--;
            xmlWriter.WriteRaw(buffer, 0, count);
            from += count;
        }
    }

    public override OpenXmlElement CloneNode(bool deep) => new MarkupElement(markup, inserts);
}
