using System.Diagnostics;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Tells a damaged package from a fault of ours: what the Open XML SDK, System.IO.Packaging, the zip or the XML reader
/// throws while reading a file is bad input; anything else that escapes a reader is a bug and stays one.
/// </summary>
public static class PackageFailures
{
    private static readonly HashSet<string> PackageAssemblies = new(StringComparer.Ordinal)
    {
        "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging", "System.IO.Compression", "System.Private.Xml", "System.Private.Xml.Linq",
    };

    /// <summary>True when <paramref name="e"/> says the file is damaged rather than that OfficeDx has a bug.</summary>
    public static bool IsDamagedFile(Exception e) => e switch
    {
        UnreadableFileException => false,
        OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException => true,
        InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException or InvalidCastException or UriFormatException or OverflowException => ThrownByPackageCode(e),
        _ => false,
    };

    /// <summary>The Japanese reason for a damaged package, naming the file and, when the SDK says which, the part.</summary>
    public static PackageRejectedException Rejected(string file, Exception e, string kind) => new(file, e switch
    {
        XmlException x => $"{kind}の部品の XML が壊れていて読めません{XmlScan.Where(x)}。",
        InvalidDataException => $"{kind}の ZIP が壊れていて部品を展開できません。",
        _ => $"{kind}の部品のつながり（リレーションシップ）か部品そのものが壊れていて読めません（参照先の部品が無い、必要な部品が無い、種類の違う部品がある など）。{kind}を開いて保存し直してください。",
    }, tooLarge: false);

    /// <summary>The first frame outside the core library decides: the SDK's own checks fail there, our bugs fail in our code.</summary>
    private static bool ThrownByPackageCode(Exception e)
    {
        foreach (var frame in new StackTrace(e, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null or "System.Private.CoreLib" or "System.Linq" or "System.Collections") continue;
            return PackageAssemblies.Contains(assembly);
        }
        return false;
    }
}
