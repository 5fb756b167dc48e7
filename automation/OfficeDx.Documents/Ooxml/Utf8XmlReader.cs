using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// A fast XmlReader for the XML that Word and Excel write: a part held whole in memory as UTF-8, with elements, attributes, text
/// (the five named entities and character references) and one XML declaration. For such a part it reports exactly the nodes
/// <see cref="XmlReader"/> reports when <see cref="XmlScan.Settings"/> creates it. Anything else it does not try to read as XmlReader
/// would: a DTD, a comment, a processing instruction, CDATA, a carriage return or a tab that XmlReader would normalize, a name outside
/// ASCII, and every malformation throw <see cref="UnsupportedException"/>, and the part is read again by XmlReader, which gives its own
/// answer and message. Issue 16: XmlReader's own parsing is nearly all of the harvest's floor.
/// </summary>
internal sealed class Utf8XmlReader : XmlReader
{
    /// <summary>The part holds something this reader leaves to XmlReader.</summary>
    internal sealed class UnsupportedException() : Exception("the part is left to XmlReader");

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\n\r"u8);
    private static readonly SearchValues<byte> NotInAttribute = SearchValues.Create("<\t\n\r"u8);
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    // U+FFFE and U+FFFF in UTF-8: not characters, which XmlReader refuses.
    private static ReadOnlySpan<byte> NotCharacterFffe => [0xEF, 0xBF, 0xBE];
    private static ReadOnlySpan<byte> NotCharacterFfff => [0xEF, 0xBF, 0xBF];

    /// <summary>A qualified name met in the part: its bytes, its prefix and local name from the name table, and the namespace it had last.</summary>
    private sealed class QName(byte[] bytes, string prefix, string local)
    {
        public byte[] Bytes { get; } = bytes;
        public string Prefix { get; } = prefix;
        public string Local { get; } = local;
        public string? Namespace;
        public int NamespaceVersion = -1;
    }

    private struct Attribute
    {
        public QName Name;
        public string Namespace;
        public int ValueStart, ValueLength;
        public bool Entities;
        public string? Value;
    }

    private struct Element
    {
        public QName Name;
        public string Namespace;
        /// <summary>Its own xml:lang, or null to inherit.</summary>
        public string? Lang;
        public int Scopes;
        public XmlSpace Space;
    }

    private readonly byte[] _bytes;
    private readonly int _end;
    private int _position;
    private readonly XmlNameTable _names;
    private readonly string _xmlNamespace, _xmlnsNamespace, _xml, _xmlns, _space, _lang;
    private readonly QName _declarationName;
    private char[] _chars = new char[256];

    private ReadState _state = ReadState.Initial;
    private XmlNodeType _type;
    private QName? _name;
    private string _namespace = "";
    private int _valueStart, _valueLength;
    private string? _value;
    private int _depth;
    private bool _empty, _popPending, _rootSeen, _onAttributeValue;

    private Attribute[] _attributes = new Attribute[8];
    private int _attributeCount, _attributeIndex = -1;
    private Element[] _open = new Element[16];
    private int _openCount;
    private (string Prefix, string Uri)[] _scopes = new (string, string)[32];
    private int _scopeCount, _scopeVersion;

    /// <summary>Of the name caches: 64 slots for a small part up to 1,024 for a body, which holds a few hundred names.</summary>
    private readonly int _nameSlotBits;
    private readonly QName?[] _qnames;

    public Utf8XmlReader(byte[] bytes, int length, XmlNameTable names)
    {
        _bytes = bytes;
        _end = length;
        _names = names;
        _nameSlotBits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, length / 512)), 6, 10);
        _qnames = new QName?[1 << _nameSlotBits];
        _shortNames = new (ulong, ulong, int, QName?)[1 << _nameSlotBits];
        _xmlNamespace = names.Add(XmlNamespace);
        _xmlnsNamespace = names.Add(XmlnsNamespace);
        _xml = names.Add("xml");
        _xmlns = names.Add("xmlns");
        _space = names.Add("space");
        _lang = names.Add("lang");
        names.Add("");
        _declarationName = new QName([], "", _xml);
    }

    private static void Unsupported() => throw new UnsupportedException();

    public override bool Read()
    {
        if (_state == ReadState.Initial)
        {
            _state = ReadState.Interactive;
            CheckWhole();
            if (_end >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF) _position = 3;
            if (Declaration()) return true;
        }
        else if (_state != ReadState.Interactive) return false;

        _attributeIndex = -1;
        _attributeCount = 0;
        _longestValue = 0;
        _onAttributeValue = false;
        _value = null;
        if (_popPending)
        {
            _popPending = false;
            var scopes = _open[--_openCount].Scopes;
            if (scopes != _scopeCount)
            {
                _scopeCount = scopes;
                _scopeVersion++;
            }
        }
        while (true)
        {
            if (_openCount == 0 && _rootSeen)
            {
                if (_bytes.AsSpan(_position, _end - _position).ContainsAnyExcept(Whitespace)) Unsupported();
                _state = ReadState.EndOfFile;
                _type = XmlNodeType.None;
                _name = null;
                _namespace = "";
                _depth = 0;
                return false;
            }
            if (_position >= _end) Unsupported();
            if (_bytes[_position] == (byte)'<')
            {
                if (_position + 1 >= _end) Unsupported();
                var next = _bytes[_position + 1];
                if (next == (byte)'/') EndTag();
                else if (next is (byte)'?' or (byte)'!' || _rootSeen && _openCount == 0) Unsupported();
                else StartTag();
                return true;
            }
            var rest = _bytes.AsSpan(_position, _end - _position);
            var length = rest.IndexOf((byte)'<');
            if (length < 0) Unsupported();
            var text = rest[..length];
            var start = _position;
            _position += length;
            if (!text.ContainsAnyExcept(Whitespace))
            {
                // Whitespace between elements is ignored (XmlReaderSettings.IgnoreWhitespace) except where xml:space keeps it.
                if (_openCount == 0 || _open[_openCount - 1].Space != XmlSpace.Preserve) continue;
                if (text.Contains((byte)'\r')) Unsupported();
                Text(XmlNodeType.SignificantWhitespace, start, length, null);
                return true;
            }
            if (_openCount == 0 || text.Contains((byte)'\r')) Unsupported();
            string? decoded = null;
            if (text.Contains((byte)'&'))
            {
                decoded = Decode(start, length);
                // Whether XmlReader calls text made of character references whitespace is not worth following.
                if (!decoded.AsSpan().ContainsAnyExcept(" \t\n\r")) Unsupported();
            }
            Text(XmlNodeType.Text, start, length, decoded);
            return true;
        }
    }

    /// <summary>Refuses, once for the whole part, what XmlReader refuses anywhere: bytes that are not UTF-8, characters XML forbids, "]]&gt;".</summary>
    private void CheckWhole()
    {
        var all = _bytes.AsSpan(0, _end);
        if (!Utf8.IsValid(all) || all.ContainsAny(ControlBytes) || all.IndexOf(NotCharacterFffe) >= 0 || all.IndexOf(NotCharacterFfff) >= 0
            || all.IndexOf("]]>"u8) >= 0)
            Unsupported();
    }

    private void Text(XmlNodeType type, int start, int length, string? decoded)
    {
        _type = type;
        _name = null;
        _namespace = "";
        _valueStart = start;
        _valueLength = length;
        _value = decoded;
        _depth = _openCount;
        _empty = false;
    }

    /// <summary>The XML declaration, as XmlReader reports it: a node with version, encoding and standalone as its attributes.</summary>
    private bool Declaration()
    {
        var rest = _bytes.AsSpan(_position, _end - _position);
        if (!rest.StartsWith("<?xml"u8) || rest.Length < 6 || !Whitespace.Contains(rest[5])) return false;
        var start = _position;
        _position += 5;
        string[] order = ["version", "encoding", "standalone"];
        var last = -1;
        while (true)
        {
            var separated = SkipWhitespace();
            if (_position + 1 < _end && _bytes[_position] == (byte)'?' && _bytes[_position + 1] == (byte)'>') break;
            if (separated == 0) Unsupported();
            var name = NameAt();
            var index = Array.IndexOf(order, name.Local);
            // version first, then encoding, then standalone, each at most once.
            if (name.Prefix.Length > 0 || index <= last || last < 0 && index != 0) Unsupported();
            last = index;
            var (valueStart, valueLength) = AttributeValue();
            var value = _bytes.AsSpan(valueStart, valueLength);
            var accepted = index switch
            {
                0 => value.SequenceEqual("1.0"u8),
                1 => Ascii.EqualsIgnoreCase(value, "utf-8"u8),
                _ => value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8),
            };
            if (!accepted) Unsupported();
            ref var attribute = ref NextAttribute();
            attribute = new Attribute { Name = name, Namespace = "", ValueStart = valueStart, ValueLength = valueLength };
        }
        // XmlReader would turn a carriage return inside the declaration into a line feed.
        if (last < 0 || _bytes.AsSpan(start, _position - start).Contains((byte)'\r')) Unsupported();
        _position += 2;
        _type = XmlNodeType.XmlDeclaration;
        _name = _declarationName;
        _namespace = "";
        _value = Encoding.UTF8.GetString(_bytes, start + 5, _position - 2 - start - 5).Trim(' ', '\t', '\n', '\r');
        _depth = 0;
        _empty = false;
        return true;
    }

    /// <summary>
    /// Office writes a few attributes an element and a few dozen namespaces on a root. Past these counts the part is left to
    /// XmlReader, whose duplicate checks and namespace lookups are hashed: this reader's are linear, which a hostile part could
    /// make quadratic.
    /// </summary>
    private const int MaxAttributes = 128, MaxScopes = 256;

    private ref Attribute NextAttribute()
    {
        if (_attributeCount >= MaxAttributes) Unsupported();
        if (_attributeCount == _attributes.Length) Array.Resize(ref _attributes, _attributes.Length * 2);
        return ref _attributes[_attributeCount++];
    }

    private void StartTag()
    {
        _position++;
        var name = NameAt();
        var empty = false;
        var declarations = false;
        while (true)
        {
            var separated = SkipWhitespace();
            if (_position >= _end) Unsupported();
            var next = _bytes[_position];
            if (next == (byte)'>')
            {
                _position++;
                break;
            }
            if (next == (byte)'/')
            {
                if (_position + 1 >= _end || _bytes[_position + 1] != (byte)'>') Unsupported();
                _position += 2;
                empty = true;
                break;
            }
            if (separated == 0) Unsupported();
            var attributeName = NameAt();
            var (valueStart, valueLength) = AttributeValue();
            ref var attribute = ref NextAttribute();
            attribute.Name = attributeName;
            attribute.ValueStart = valueStart;
            attribute.ValueLength = valueLength;
            attribute.Entities = _bytes.AsSpan(valueStart, valueLength).Contains((byte)'&');
            attribute.Value = null;
            if (valueLength > _longestValue) _longestValue = valueLength;
            declarations |= ReferenceEquals(attributeName.Prefix, _xmlns) || ReferenceEquals(attributeName.Local, _xmlns) && attributeName.Prefix.Length == 0;
        }

        if (_openCount == _open.Length) Array.Resize(ref _open, _open.Length * 2);
        ref var element = ref _open[_openCount++];
        element.Name = name;
        element.Scopes = _scopeCount;
        element.Lang = null;
        element.Space = _openCount > 1 ? _open[_openCount - 2].Space : XmlSpace.None;
        if (declarations) Declarations();
        if (ReferenceEquals(name.Prefix, _xml) || ReferenceEquals(name.Prefix, _xmlns)) Unsupported();
        element.Namespace = NamespaceOf(name, forElement: true);
        if (_attributeCount > 0) Attributes(ref element);

        _type = XmlNodeType.Element;
        _name = name;
        _namespace = element.Namespace;
        _depth = _openCount - 1;
        _empty = empty;
        _popPending = empty;
        _rootSeen = true;
    }

    /// <summary>Puts the element's namespace declarations in scope (they apply to its own name and attributes too).</summary>
    private void Declarations()
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            var name = attribute.Name;
            string prefix;
            if (name.Prefix.Length == 0 && ReferenceEquals(name.Local, _xmlns)) prefix = "";
            else if (ReferenceEquals(name.Prefix, _xmlns))
            {
                prefix = name.Local;
                if (ReferenceEquals(prefix, _xml) || ReferenceEquals(prefix, _xmlns) || attribute.ValueLength == 0) Unsupported();
            }
            else continue;
            attribute.Namespace = _xmlnsNamespace;
            var uri = _names.Add(ValueOf(ref attribute));
            if (ReferenceEquals(uri, _xmlNamespace) || ReferenceEquals(uri, _xmlnsNamespace)) Unsupported();
            if (_scopeCount >= MaxScopes) Unsupported();
            if (_scopeCount == _scopes.Length) Array.Resize(ref _scopes, _scopes.Length * 2);
            _scopes[_scopeCount++] = (prefix, uri);
            _scopeVersion++;
        }
    }

    /// <summary>Names each attribute's namespace, follows xml:space and xml:lang, and refuses one named twice.</summary>
    private void Attributes(ref Element element)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            var name = attribute.Name;
            if (name.Prefix.Length == 0)
            {
                // A default namespace declaration (xmlns) was named above; other attributes without a prefix have no namespace.
                if (!ReferenceEquals(name.Local, _xmlns)) attribute.Namespace = "";
            }
            else if (ReferenceEquals(name.Prefix, _xml))
            {
                attribute.Namespace = _xmlNamespace;
                if (ReferenceEquals(name.Local, _space))
                {
                    var value = _bytes.AsSpan(attribute.ValueStart, attribute.ValueLength);
                    element.Space = value.SequenceEqual("preserve"u8) ? XmlSpace.Preserve : value.SequenceEqual("default"u8) ? XmlSpace.Default : Refused<XmlSpace>();
                }
                else if (ReferenceEquals(name.Local, _lang)) element.Lang = ValueOf(ref attribute);
            }
            else if (!ReferenceEquals(name.Prefix, _xmlns)) attribute.Namespace = NamespaceOf(name, forElement: false);
        }
        for (var i = 1; i < _attributeCount; i++)
            for (var j = 0; j < i; j++)
                if (ReferenceEquals(_attributes[i].Name.Local, _attributes[j].Name.Local) && ReferenceEquals(_attributes[i].Namespace, _attributes[j].Namespace))
                    Unsupported();
    }

    private static T Refused<T>()
    {
        Unsupported();
        return default!;
    }

    /// <summary>
    /// The namespace of a prefixed name (or of an element's name without a prefix) here: kept on the name while no declaration
    /// comes or goes, since Word declares some 30 on the root and nearly every name has the prefix w.
    /// </summary>
    private string NamespaceOf(QName name, bool forElement)
    {
        if (name.NamespaceVersion == _scopeVersion) return name.Namespace!;
        string? uri = null;
        var prefix = name.Prefix;
        for (var i = _scopeCount - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(_scopes[i].Prefix, prefix)) continue;
            uri = _scopes[i].Uri;
            break;
        }
        if (uri is null)
        {
            if (prefix.Length > 0 || !forElement) Unsupported();
            uri = "";
        }
        name.Namespace = uri;
        name.NamespaceVersion = _scopeVersion;
        return uri;
    }

    private void EndTag()
    {
        if (_openCount == 0) Unsupported();
        ref var element = ref _open[_openCount - 1];
        var name = element.Name.Bytes;
        var at = _position + 2;
        if (at + name.Length >= _end || !_bytes.AsSpan(at, name.Length).SequenceEqual(name)) Unsupported();
        _position = at + name.Length;
        var after = _bytes[_position];
        if (after != (byte)'>' && !(SkipWhitespace() > 0 && _position < _end && _bytes[_position] == (byte)'>')) Unsupported();
        _position++;
        _type = XmlNodeType.EndElement;
        _name = element.Name;
        _namespace = element.Namespace;
        _depth = _openCount - 1;
        _empty = false;
        _popPending = true;
    }

    /// <summary>
    /// The name at the position. A name of up to 16 bytes that ends at a space, &gt;, / or = (nearly every name Office writes) is
    /// looked up by its bytes read as two words, with no byte-by-byte scan: a name is only cached once <see cref="ScanQName"/> has
    /// checked it, so bytes equal to a cached name are a name. Anything else is scanned.
    /// </summary>
    private QName NameAt()
    {
        var at = _position;
        if (at + 16 <= _end)
        {
            var first = BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(at, 8));
            var ends = NameEnds(first);
            ulong second = 0;
            int length;
            if (ends != 0) length = BitOperations.TrailingZeroCount(ends) >> 3;
            else
            {
                second = BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(at + 8, 8));
                ends = NameEnds(second);
                length = ends == 0 ? 0 : 8 + (BitOperations.TrailingZeroCount(ends) >> 3);
            }
            if (length > 0)
            {
                if (length < 8) first &= (1UL << (8 * length)) - 1;
                else if (length < 16) second &= (1UL << (8 * (length - 8))) - 1;
                ref var known = ref _shortNames[ShortSlot(first, second, length)];
                if (known.First == first && known.Second == second && known.Length == length && known.Name is { } hit)
                {
                    _position = at + length;
                    return hit;
                }
                var name = ScanQName();
                if (_position - at == length) known = (first, second, length, name);
                return name;
            }
        }
        return ScanQName();
    }

    private const ulong Ones = 0x0101010101010101UL;

    /// <summary>The high bit of each byte of <paramref name="word"/> that is a space, &gt;, / or = (exact up to the first one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NameEnds(ulong word) =>
        ZeroBytes(word ^ Ones * ' ') | ZeroBytes(word ^ Ones * '>') | ZeroBytes(word ^ Ones * '/') | ZeroBytes(word ^ Ones * '=');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ZeroBytes(ulong word) => (word - Ones) & ~word & 0x8080808080808080UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShortSlot(ulong first, ulong second, int length) =>
        (int)((first * 0x9E3779B97F4A7C15UL ^ second * 0xC2B2AE3D27D4EB4FUL ^ (ulong)length) >> (64 - _nameSlotBits));

    private readonly (ulong First, ulong Second, int Length, QName? Name)[] _shortNames;

    /// <summary>
    /// An ASCII name with at most one colon between two non-empty parts, as the name met before when it was (a cache of the names
    /// of the part, by the bytes' hash: it also serves the names <see cref="NameAt"/> cannot read as words — longer than 16 bytes,
    /// or ended by a tab or a line break), else split and put in the name table.
    /// </summary>
    private QName ScanQName()
    {
        var bytes = _bytes.AsSpan(0, _end);
        var start = _position;
        if (start >= bytes.Length || !NameStarts.Contains(bytes[start])) Unsupported();
        var length = bytes[start..].IndexOfAnyExcept(NameCharacters);
        if (length < 0) length = bytes.Length - start;
        var at = start + length;
        var scanned = bytes[start..at];
        var colon = scanned.IndexOf((byte)':');
        if (colon >= 0 && (colon == length - 1 || !NameStarts.Contains(scanned[colon + 1]) || scanned[(colon + 1)..].Contains((byte)':'))) Unsupported();
        _position = at;
        ref var slot = ref _qnames[Slot(bytes, start, at)];
        if (slot is { } known && scanned.SequenceEqual(known.Bytes)) return known;
        var name = colon < 0
            ? new QName(scanned.ToArray(), "", Atom(start, scanned.Length))
            : new QName(scanned.ToArray(), Atom(start, colon), Atom(start + colon + 1, scanned.Length - colon - 1));
        slot = name;
        return name;
    }

    /// <summary>The cache slot of the name in [start, end): a hash of its first and last eight bytes and its length.</summary>
    private int Slot(ReadOnlySpan<byte> bytes, int start, int end)
    {
        var length = end - start;
        ulong head, tail = 0;
        if (start + 8 <= bytes.Length)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes[start..]);
            if (length < 8) head &= (1UL << (8 * length)) - 1;
            else tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(end - 8)..]);
        }
        else
        {
            head = 0;
            for (var i = start; i < end; i++) head = head * 31 + bytes[i];
        }
        var hash = head * 0x9E3779B97F4A7C15UL ^ tail * 0xC2B2AE3D27D4EB4FUL ^ (ulong)length;
        return (int)(hash >> (64 - _nameSlotBits));
    }

    // The ASCII names this reader reads: a letter or _ first, then letters, digits, _ - . and at most one colon.
    private static readonly SearchValues<byte> NameStarts = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"u8);
    private static readonly SearchValues<byte> NameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789-.:"u8);

    /// <summary>= and a quoted value: its bytes, which must need no normalization (no tab or line break, no &lt;).</summary>
    private (int Start, int Length) AttributeValue()
    {
        if (_position < _end && _bytes[_position] != (byte)'=') SkipWhitespace();
        if (_position >= _end || _bytes[_position] != (byte)'=') Unsupported();
        _position++;
        if (_position < _end && _bytes[_position] is not ((byte)'"' or (byte)'\'')) SkipWhitespace();
        if (_position >= _end) Unsupported();
        var quote = _bytes[_position];
        if (quote is not ((byte)'"' or (byte)'\'')) Unsupported();
        var start = ++_position;
        var length = _bytes.AsSpan(start, _end - start).IndexOf(quote);
        if (length < 0) Unsupported();
        if (_bytes.AsSpan(start, length).ContainsAny(NotInAttribute)) Unsupported();
        _position = start + length + 1;
        return (start, length);
    }

    /// <summary>Skips the whitespace at the position (in a tag there is one space or none, so a plain loop beats a vector search).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipWhitespace()
    {
        var bytes = _bytes;
        var at = _position;
        while (at < _end && bytes[at] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r') at++;
        var skipped = at - _position;
        _position = at;
        return skipped;
    }

    /// <summary>An ASCII name as the name table's string.</summary>
    private string Atom(int start, int length)
    {
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        var bytes = _bytes.AsSpan(start, length);
        for (var i = 0; i < bytes.Length; i++) _chars[i] = (char)bytes[i];
        return _names.Add(_chars, 0, length);
    }

    private string ValueOf(ref Attribute attribute) =>
        attribute.Value ??= attribute.Entities ? Decode(attribute.ValueStart, attribute.ValueLength) : Encoding.UTF8.GetString(_bytes, attribute.ValueStart, attribute.ValueLength);

    /// <summary>UTF-8 text with the five named entities and character references replaced.</summary>
    private string Decode(int start, int length)
    {
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        var source = _bytes.AsSpan(start, length);
        var written = 0;
        while (true)
        {
            var amp = source.IndexOf((byte)'&');
            var plain = amp < 0 ? source : source[..amp];
            written += Encoding.UTF8.GetChars(plain, _chars.AsSpan(written));
            if (amp < 0) break;
            source = source[(amp + 1)..];
            var semicolon = source.IndexOf((byte)';');
            if (semicolon <= 0 || semicolon > 10) Unsupported();
            var name = source[..semicolon];
            source = source[(semicolon + 1)..];
            if (name.SequenceEqual("lt"u8)) _chars[written++] = '<';
            else if (name.SequenceEqual("gt"u8)) _chars[written++] = '>';
            else if (name.SequenceEqual("amp"u8)) _chars[written++] = '&';
            else if (name.SequenceEqual("quot"u8)) _chars[written++] = '"';
            else if (name.SequenceEqual("apos"u8)) _chars[written++] = '\'';
            else if (name[0] == (byte)'#') written += CharacterReference(name[1..], _chars.AsSpan(written));
            else Unsupported();
        }
        return new string(_chars, 0, written);
    }

    /// <summary>&amp;#NNN; or &amp;#xHHH; of a character XML allows; a reference is never longer than what it stands for.</summary>
    private static int CharacterReference(ReadOnlySpan<byte> digits, Span<char> into)
    {
        var hex = digits.Length > 0 && digits[0] == (byte)'x';
        if (hex) digits = digits[1..];
        if (digits.Length == 0) Unsupported();
        var code = 0;
        foreach (var d in digits)
        {
            var digit = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                : hex && d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10
                : hex && d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10 : -1;
            if (digit < 0) Unsupported();
            code = code * (hex ? 16 : 10) + digit;
            if (code > 0x10FFFF) Unsupported();
        }
        var allowed = code is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;
        if (!allowed) Unsupported();
        return new Rune(code).EncodeToUtf16(into);
    }

    /// <summary>The longest attribute value of the element in bytes, never fewer than its characters: most need not be made strings to be measured.</summary>
    public int LongestAttributeBytes => AttributeCount > 0 ? _longestValue : 0;

    private int _longestValue;

    private bool OnAttribute => _attributeIndex >= 0;

    public override XmlNodeType NodeType => !OnAttribute ? _type : _onAttributeValue ? XmlNodeType.Text : XmlNodeType.Attribute;
    public override string LocalName => !OnAttribute ? _name?.Local ?? "" : _onAttributeValue ? "" : _attributes[_attributeIndex].Name.Local;
    public override string Prefix => !OnAttribute ? _name?.Prefix ?? "" : _onAttributeValue ? "" : _attributes[_attributeIndex].Name.Prefix;
    public override string NamespaceURI => !OnAttribute ? _namespace : _onAttributeValue ? "" : _attributes[_attributeIndex].Namespace;
    public override string Name => Prefix.Length == 0 ? LocalName : _names.Add($"{Prefix}:{LocalName}");
    public override int Depth => _depth + (OnAttribute ? _onAttributeValue ? 2 : 1 : 0);
    public override bool IsEmptyElement => !OnAttribute && _type == XmlNodeType.Element && _empty;
    public override int AttributeCount => _type is XmlNodeType.Element or XmlNodeType.XmlDeclaration ? _attributeCount : 0;

    public override bool HasValue => NodeType is XmlNodeType.Attribute or XmlNodeType.Text or XmlNodeType.SignificantWhitespace
        or XmlNodeType.Whitespace or XmlNodeType.XmlDeclaration;

    public override string Value => OnAttribute ? ValueOf(ref _attributes[_attributeIndex])
        : _type is XmlNodeType.Text or XmlNodeType.SignificantWhitespace ? _value ??= Encoding.UTF8.GetString(_bytes, _valueStart, _valueLength)
        : _type == XmlNodeType.XmlDeclaration ? _value ?? "" : "";

    public override string BaseURI => "";
    public override bool EOF => _state == ReadState.EndOfFile;
    public override ReadState ReadState => _state;
    public override XmlNameTable NameTable => _names;
    public override bool IsDefault => false;
    public override XmlSpace XmlSpace => _openCount > 0 ? _open[_openCount - 1].Space : XmlSpace.None;

    public override string XmlLang
    {
        get
        {
            for (var i = _openCount - 1; i >= 0; i--)
                if (_open[i].Lang is { } lang) return lang;
            return "";
        }
    }

    public override string GetAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        return ValueOf(ref _attributes[i]);
    }

    public override string? GetAttribute(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : ValueOf(ref _attributes[index]);
    }

    public override string? GetAttribute(string name, string? namespaceURI)
    {
        var index = IndexOf(name, namespaceURI);
        return index < 0 ? null : ValueOf(ref _attributes[index]);
    }

    private int IndexOf(string qualifiedName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            var (prefix, local) = (_attributes[i].Name.Prefix, _attributes[i].Name.Local);
            var matches = prefix.Length == 0 ? qualifiedName == local
                : qualifiedName.Length == prefix.Length + 1 + local.Length && qualifiedName.StartsWith(prefix, StringComparison.Ordinal)
                  && qualifiedName[prefix.Length] == ':' && qualifiedName.EndsWith(local, StringComparison.Ordinal);
            if (matches) return i;
        }
        return -1;
    }

    private int IndexOf(string localName, string? namespaceURI)
    {
        namespaceURI ??= "";
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attributes[i];
            if ((ReferenceEquals(a.Name.Local, localName) || a.Name.Local == localName) && (ReferenceEquals(a.Namespace, namespaceURI) || a.Namespace == namespaceURI))
                return i;
        }
        return -1;
    }

    public override string? LookupNamespace(string prefix)
    {
        if (prefix == "xmlns") return XmlnsNamespace;
        if (prefix == "xml") return XmlNamespace;
        for (var i = _scopeCount - 1; i >= 0; i--)
            if (_scopes[i].Prefix == prefix) return _scopes[i].Uri;
        return prefix.Length == 0 ? "" : null;
    }

    public override void MoveToAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        _attributeIndex = i;
        _onAttributeValue = false;
    }

    public override bool MoveToAttribute(string name) => MoveTo(IndexOf(name));

    public override bool MoveToAttribute(string name, string? ns) => MoveTo(IndexOf(name, ns));

    private bool MoveTo(int index)
    {
        if (index < 0) return false;
        MoveToAttribute(index);
        return true;
    }

    public override bool MoveToFirstAttribute() => MoveTo(AttributeCount > 0 ? 0 : -1);

    public override bool MoveToNextAttribute() => MoveTo(_attributeIndex + 1 < AttributeCount ? _attributeIndex + 1 : -1);

    public override bool MoveToElement()
    {
        if (!OnAttribute) return false;
        _attributeIndex = -1;
        _onAttributeValue = false;
        return true;
    }

    public override bool ReadAttributeValue()
    {
        if (!OnAttribute || _onAttributeValue) return false;
        _onAttributeValue = true;
        return true;
    }

    public override void ResolveEntity() => throw new InvalidOperationException("no entity references are reported");

    public override void Close() => _state = ReadState.Closed;
}
