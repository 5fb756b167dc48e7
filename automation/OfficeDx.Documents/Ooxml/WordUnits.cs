namespace OfficeDx.Documents.Ooxml;

/// <summary>Conversions between millimetres, twips (1/20 pt), EMU and half-points.</summary>
internal static class WordUnits
{
    public const long EmuPerTwip = 635;

    public static int MmToTwips(double mm) => (int)Math.Round(mm / 25.4 * 1440);
    public static long TwipsToEmu(int twips) => twips * EmuPerTwip;
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
