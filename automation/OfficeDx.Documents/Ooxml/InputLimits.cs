using System.Globalization;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// How much of a file handed to OfficeDx its readers take in: every .docx/.xlsx opened anywhere (CLI, service, harvest)
/// is checked against these before the Open XML SDK sees it. The defaults are about 50 times the largest sample
/// (akita: 0.75 MB document.xml, 25,000 elements, depth 22), except the depth, which stays low because reading cost
/// grows with it. Configured as OfficeDx:Limits (environment: OfficeDx__Limits__MaxPartBytes=…).
/// </summary>
public sealed record InputLimits
{
    /// <summary>The configuration section the CLI and the service read the limits from.</summary>
    public const string Section = "OfficeDx:Limits";

    /// <summary>Largest inflated size of one zip entry (a part such as word/document.xml).</summary>
    public long MaxPartBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>Largest inflated size of all entries together (pictures included).</summary>
    public long MaxPackageBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most zip entries in one package (a generated plan has 8, a department workbook 13).</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Deepest element nesting in any XML part (the samples reach 22; a table nested in a table adds about 4).</summary>
    public int MaxXmlDepth { get; init; } = 128;

    /// <summary>Most XML nodes (elements, attributes, texts) in all parts of one package together (akita: about 50,000).</summary>
    public long MaxXmlNodes { get; init; } = 2_000_000;

    /// <summary>Highest row number read from a worksheet (a department workbook uses about 100).</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>Highest column number read from a worksheet (the measure sheet uses about 20).</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>
    /// Longest attribute value in any XML part (Word keeps a shape's preview as base64 in o:gfxdata, tens of kilobytes;
    /// a 4 MB attribute in [Content_Types].xml once kept a request busy past 10 s).
    /// </summary>
    public int MaxAttributeCharacters { get; init; } = 1_048_576;

    /// <summary>Largest [Content_Types].xml: one line per part, so about 150 bytes for each of <see cref="MaxEntries"/> entries is plenty.</summary>
    public long MaxContentTypesBytes { get; init; } = 1_048_576;

    /// <summary>
    /// Largest plain-text plan for `import FILE.txt`: the largest seed text is 95 KB, so about 11×. Lower than the other limits'
    /// 50× because importing costs about a second per 200 KB of text (850 KB took 4 s on a busy 2-core machine).
    /// </summary>
    public long MaxTextBytes { get; init; } = 1024 * 1024;

    /// <summary>Longest line of a plain-text plan (the seed texts' longest is 669 characters); its tab-separated cells count against <see cref="MaxColumns"/>.</summary>
    public int MaxTextLineCharacters { get; init; } = 32_767;

    /// <summary>Largest profile file (a --profiles folder's 名前.json): the shipped profiles are about 2.4 KB, so about 100×.</summary>
    public long MaxProfileBytes { get; init; } = Profiles.ProfileLibrary.DefaultMaxFileBytes;

    /// <summary>
    /// Largest plan file (plan.json) read from disk: the largest sample (akita, 94 measures) is 82 KB, so about 50×. Checked before
    /// the file is read, as its text in memory takes twice its size and the objects read from it several times more.
    /// </summary>
    public long MaxPlanBytes { get; init; } = Core.Validation.PlanFile.DefaultMaxBytes;

    /// <summary>
    /// Most cells of `excel template` at once: departments × measures of each (a department's sheet has a row per measure).
    /// akita's 45 departments each take all 94 measures at most: 4,230, so 50× is about 200,000.
    /// </summary>
    public long MaxTemplateMeasureRows { get; init; } = 200_000;

    /// <summary>Longest department name written as a workbook's file name (akita's longest is 29 characters; most file systems take 255 bytes).</summary>
    public int MaxDepartmentNameCharacters { get; init; } = 80;

    /// <summary>Longest text in one cell: Excel's own limit, so only a file Excel did not write can break it.</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>The defaults: sized for real plans.</summary>
    public static InputLimits Default { get; } = new();

    private static InputLimits _current = Default;

    /// <summary>The limits every reader applies; the defaults unless the CLI or the service configured others.</summary>
    public static InputLimits Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="limits"/> the ones every reader applies; throws <see cref="FormatException"/> naming each bad setting.</summary>
    public static void Use(InputLimits limits)
    {
        var problems = limits.Problems();
        if (problems.Count > 0)
            throw new FormatException($"入力の上限の設定（{Section}）に誤りがあります: " + string.Join(" ", problems));
        Volatile.Write(ref _current, limits);
        Core.Validation.PlanFile.MaxBytes = limits.MaxPlanBytes;
        Profiles.ProfileLibrary.MaxFileBytes = limits.MaxProfileBytes;
    }

    /// <summary>Every setting that is not a positive number, in Japanese.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(string name, long value)
        {
            if (value <= 0) problems.Add($"{name} は 1 以上にしてください（{value.ToString(CultureInfo.InvariantCulture)}）。");
        }
        Positive(nameof(MaxPartBytes), MaxPartBytes);
        Positive(nameof(MaxPackageBytes), MaxPackageBytes);
        Positive(nameof(MaxEntries), MaxEntries);
        Positive(nameof(MaxXmlDepth), MaxXmlDepth);
        Positive(nameof(MaxXmlNodes), MaxXmlNodes);
        Positive(nameof(MaxRows), MaxRows);
        Positive(nameof(MaxColumns), MaxColumns);
        Positive(nameof(MaxCellCharacters), MaxCellCharacters);
        Positive(nameof(MaxAttributeCharacters), MaxAttributeCharacters);
        Positive(nameof(MaxContentTypesBytes), MaxContentTypesBytes);
        Positive(nameof(MaxTextBytes), MaxTextBytes);
        Positive(nameof(MaxTextLineCharacters), MaxTextLineCharacters);
        Positive(nameof(MaxProfileBytes), MaxProfileBytes);
        Positive(nameof(MaxPlanBytes), MaxPlanBytes);
        Positive(nameof(MaxTemplateMeasureRows), MaxTemplateMeasureRows);
        Positive(nameof(MaxDepartmentNameCharacters), MaxDepartmentNameCharacters);
        return problems;
    }

    /// <summary>"上限 MaxPartBytes = 41,943,040": the setting's name and value, so an administrator knows what to raise.</summary>
    public static string Name(string setting, long value) => $"上限 {setting} = {Count(value)}";

    /// <summary>1,234,567 whatever the culture, as the messages show counts.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
