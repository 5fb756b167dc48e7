using System.Buffers;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Checks a .docx/.xlsx as a zip before the Open XML SDK opens it: entry count, duplicate or unreadable entries, the declared
/// and the actually inflated size of each part and of the whole, and, in every XML part, DTDs, nesting depth and node count.
/// Everything is read as a stream and counted as it comes, so a bomb is stopped at the limit, not after it has been inflated.
/// </summary>
public static class PackageGuard
{
    private const int BufferSize = 81920;

    /// <summary>Throws <see cref="PackageRejectedException"/> when <paramref name="bytes"/> is not a zip the SDK may safely open.</summary>
    public static void Check(byte[] bytes, string file, InputLimits? limits = null) => Check(bytes, file, limits, keep: null);

    /// <summary>
    /// Checks as <see cref="Check(byte[], string, InputLimits?)"/> and hands back every XML part parsed in the same pass that
    /// checked it, by entry name (case-insensitive, as OPC part names are), so that a reader need not inflate or parse it again.
    /// </summary>
    /// <remarks>With <paramref name="harvestBodies"/>, a document body keeps only what a harvest reads (<see cref="HarvestBodyFilter"/>).</remarks>
    /// <remarks>
    /// With <paramref name="captureMeasures"/> as well, the measure tables of a body are read as it streams past
    /// (<see cref="MeasureCapture"/>); throws <see cref="MeasureCapture.AbandonedException"/> when one holds
    /// something only the tree readers read.
    /// </remarks>
    internal static KeptParts CheckAndKeepXml(byte[] bytes, string file, bool harvestBodies = false, bool captureMeasures = false)
    {
        var kept = new KeptParts { HarvestBodies = harvestBodies, CaptureMeasures = harvestBodies && captureMeasures };
        Check(bytes, file, null, kept);
        return kept;
    }

    /// <summary>What a check keeps: every entry's name and every XML part's tree, both by case-insensitive name.</summary>
    internal sealed class KeptParts
    {
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, XDocument> Xml { get; } = new(StringComparer.OrdinalIgnoreCase);
        /// <summary>Whether document bodies were built for a harvest only (<see cref="HarvestBodyFilter"/>).</summary>
        public bool HarvestBodies { get; init; }
        /// <summary>True when a body's filter hid something a reader might read: the whole body is then needed.</summary>
        public bool LostInFilter { get; set; }
        /// <summary>Whether measure tables are read as the body streams past instead of built into its tree.</summary>
        public bool CaptureMeasures { get; init; }
        /// <summary>How many measure tables were read so.</summary>
        public int CapturedMeasures { get; set; }
    }

    private static void Check(byte[] bytes, string file, InputLimits? limits, KeptParts? keep)
    {
        limits ??= InputLimits.Current;
        ZipArchive zip;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            // The central directory is read here, not in the constructor: a count that does not match it throws now (fuzz seed 1 #3471).
            entries = zip.Entries;
        }
        catch (InvalidDataException)
        {
            throw Damaged(file, "ZIP ファイルが壊れています（途中で切れているか、ZIP の目次が読めません）。元のファイルを保存し直して送ってください。");
        }
        using (zip)
        {
            if (entries.Count > limits.MaxEntries)
                throw TooLarge(file, $"ZIP の中のファイルが {InputLimits.Count(entries.Count)} 個あり、{InputLimits.Name(nameof(InputLimits.MaxEntries), limits.MaxEntries)} 個を超えています。");
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long declared = 0;
            foreach (var entry in entries)
            {
                if (entry.FullName.Length == 0)
                    throw Damaged(file, "ZIP の中に名前のない部品があります（壊れているか、手を加えられたファイルです）。");
                // Part names are case-insensitive in OPC: two entries that differ only in case are the same part twice.
                if (!names.Add(entry.FullName))
                    throw Damaged(file, $"ZIP の中に同じ名前の部品 {Shown(entry.FullName)} が二つあります（壊れているか、手を加えられたファイルです）。");
                if (entry.Length > limits.MaxPartBytes)
                    throw PartTooLarge(file, entry.FullName, entry.Length, limits);
                declared += entry.Length;
            }
            keep?.Names.UnionWith(names);
            if (declared > limits.MaxPackageBytes)
                throw PackageTooLarge(file, declared, limits);

            var xmlParts = ContentTypes.XmlParts(zip, file, limits);
            var budget = new Budget(file, limits);
            foreach (var entry in entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                var xml = xmlParts.IsXml(entry.FullName);
                var read = Inflate(entry, xml, budget, new PartReading(keep is not null && xml, keep is { HarvestBodies: true } && xml, keep is { CaptureMeasures: true } && xml));
                if (read.Tree is not null) keep!.Xml[entry.FullName] = read.Tree;
                if (read.Capture is not null) keep!.CapturedMeasures += read.Capture.Captured;
                if (read.Filter?.Lost == true) keep!.LostInFilter = true;
            }
        }
    }

    /// <summary>What is kept of an XML part: its tree, built with a filter and a capture, or nothing but the check.</summary>
    private readonly record struct PartReading(bool Keep, bool FilterBody, bool CaptureMeasures);

    /// <summary>A part's tree (when kept) and the filter and capture it was read with.</summary>
    private readonly record struct PartRead(XDocument? Tree, HarvestBodyFilter? Filter, MeasureCapture? Capture);

    /// <summary>Inflates and scans one entry; its tree when kept, built as the scan reads it.</summary>
    private static PartRead Inflate(ZipArchiveEntry entry, bool xml, Budget budget, PartReading reading)
    {
        Stream raw;
        try
        {
            raw = entry.Open();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Damaged(budget.File, $"部品 {Shown(entry.FullName)} を展開できません（対応していない圧縮方式か、ZIP が壊れています）。");
        }
        // The tree grows as the scan reads, so a bomb still stops at the limit.
        using var counted = new CountingStream(raw, entry.FullName, budget);
        PartRead read = default;
        try
        {
            if (xml && entry.Length <= InMemoryXmlBytes) read = ReadInMemory(counted, entry, budget, reading);
            else if (xml) read = Parse(names => XmlReader.Create(counted, XmlScan.Settings(budget.Limits, names)), entry.FullName, budget, reading);
            counted.Drain();
        }
        catch (InvalidDataException)
        {
            throw Damaged(budget.File, $"部品 {Shown(entry.FullName)} を展開できません（ZIP が壊れているか、途中で切れています）。");
        }
        if (counted.Count != entry.Length)
            throw Damaged(budget.File, $"部品 {Shown(entry.FullName)} の大きさが ZIP の目次（{InputLimits.Count(entry.Length)} バイト）と実際（{InputLimits.Count(counted.Count)} バイト）で違います（壊れているか、手を加えられたファイルです）。");
        return read;
    }

    /// <summary>
    /// An XML part up to this size (as its zip entry declares it, already checked against the part limit) is inflated whole and
    /// read by <see cref="Utf8XmlReader"/>; a larger one (a raised limit) streams through XmlReader.
    /// </summary>
    private const long InMemoryXmlBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads the part with <see cref="Utf8XmlReader"/>, and again with XmlReader when that reader leaves it (anything but plain
    /// XML as Office writes it) or the part breaks a limit (so that the message names the line, as it always has).
    /// </summary>
    private static PartRead ReadInMemory(CountingStream counted, ZipArchiveEntry entry, Budget budget, PartReading reading)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, entry.Length));
        try
        {
            var length = counted.ReadInto(buffer);
            var nodes = budget.Nodes;
            try
            {
                return Parse(names => new Utf8XmlReader(buffer, length, names), entry.FullName, budget, reading);
            }
            // Only what the fast reader left (a capture abandoned is the caller's to handle): anything else is a bug, not a fallback.
            catch (Exception e) when (e is Utf8XmlReader.UnsupportedException or PackageRejectedException)
            {
                budget.Nodes = nodes;
                return Parse(names => XmlReader.Create(new MemoryStream(buffer, 0, length, writable: false), XmlScan.Settings(budget.Limits, names)),
                    entry.FullName, budget, reading);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static PartRead Parse(Func<XmlNameTable, XmlReader> open, string part, Budget budget, PartReading reading)
    {
        var filter = reading.FilterBody ? new HarvestBodyFilter() : null;
        var capture = reading.CaptureMeasures ? new MeasureCapture() : null;
        using var inner = open(capture?.Names ?? new NameTable());
        if (!reading.Keep)
        {
            XmlScan.Scan(inner, budget.File, part, budget);
            return default;
        }
        return new PartRead(XmlScan.Load(inner, budget.File, part, budget, filter, capture), filter, capture);
    }

    internal static PackageRejectedException PartTooLarge(string file, string part, long size, InputLimits limits) =>
        TooLarge(file, $"部品 {Shown(part)} を展開すると {InputLimits.Count(size)} バイトを超え、1 部品の{InputLimits.Name(nameof(InputLimits.MaxPartBytes), limits.MaxPartBytes)} バイトを超えています。");

    internal static PackageRejectedException PackageTooLarge(string file, long size, InputLimits limits) =>
        TooLarge(file, $"ファイル全体を展開すると {InputLimits.Count(size)} バイトを超え、{InputLimits.Name(nameof(InputLimits.MaxPackageBytes), limits.MaxPackageBytes)} バイトを超えています。");

    internal static PackageRejectedException Damaged(string file, string reason) => new(file, reason, tooLarge: false);

    internal static PackageRejectedException TooLarge(string file, string reason) => new(file, reason + $" 上限は設定 {InputLimits.Section} で変えられます。", tooLarge: true);

    /// <summary>A part name as the message shows it: short, and without control characters a hostile name could carry.</summary>
    internal static string Shown(string part)
    {
        var clean = new string(part.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length <= 80 ? clean : clean[..80] + "…";
    }

    /// <summary>What the whole package may still inflate to and how many XML nodes it may still hold.</summary>
    internal sealed class Budget(string file, InputLimits limits)
    {
        public string File { get; } = file;
        public InputLimits Limits { get; } = limits;
        public long Bytes { get; set; }
        public long Nodes { get; set; }
    }

    /// <summary>Counts what an entry inflates to and stops at the part and package limits.</summary>
    private sealed class CountingStream(Stream inner, string part, Budget budget) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            return Counted(inner.Read(buffer, offset, count));
        }

        public override int Read(Span<byte> buffer)
        {
            return Counted(inner.Read(buffer));
        }

        private int Counted(int read)
        {
            Count += read;
            budget.Bytes += read;
            if (Count > budget.Limits.MaxPartBytes) throw PartTooLarge(budget.File, part, budget.Limits.MaxPartBytes, budget.Limits);
            if (budget.Bytes > budget.Limits.MaxPackageBytes) throw PackageTooLarge(budget.File, budget.Limits.MaxPackageBytes, budget.Limits);
            return read;
        }

        /// <summary>Reads until <paramref name="buffer"/> is full or the entry ends; how many bytes were read.</summary>
        public int ReadInto(byte[] buffer)
        {
            var total = 0;
            int read;
            while (total < buffer.Length && (read = Read(buffer, total, buffer.Length - total)) > 0) total += read;
            return total;
        }

        public void Drain()
        {
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                while (Read(buffer, 0, buffer.Length) > 0) { }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
