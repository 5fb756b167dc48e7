using System.Globalization;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Validation;

/// <summary>Loads and saves plan files, turning every kind of bad input into a <see cref="PlanFileException"/> that names the place.</summary>
public static class PlanFile
{
    /// <summary>The default of <see cref="MaxBytes"/>: the largest sample plan (akita, 94 measures) is 82 KB, so about 50×.</summary>
    public const long DefaultMaxBytes = 4L * 1024 * 1024;

    private static long _maxBytes = DefaultMaxBytes;

    /// <summary>Largest plan file <see cref="Load"/> reads; set from the input limits (OfficeDx:Limits:MaxPlanBytes).</summary>
    public static long MaxBytes
    {
        get => Interlocked.Read(ref _maxBytes);
        set => Interlocked.Exchange(ref _maxBytes, value);
    }

    public static Plan Load(string path)
    {
        string json;
        try
        {
            // Checked before reading: a plan's text in memory takes twice its size, the objects read from it several times more.
            var size = new FileInfo(path).Length;
            if (size > MaxBytes)
                throw new PlanFileException(path, [new PlanProblem("$", $"計画ファイルが {size.ToString("N0", CultureInfo.InvariantCulture)} バイトあり、上限 MaxPlanBytes = {MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} バイトを超えています（サンプルの計画は最大 82 KB です）。上限は設定 OfficeDx:Limits で変えられます。")]);
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PlanFileException(path, [new PlanProblem("$", "ファイルが見つかりません。パスを確認してください。")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanFileException(path, [new PlanProblem("$", $"ファイルを開けません（{e.Message}）。")]);
        }
        return Parse(json, path);
    }

    public static Plan Parse(string json, string fileName)
    {
        Plan plan;
        try
        {
            plan = PlanJson.Deserialize(json);
        }
        catch (JsonException e)
        {
            throw new PlanFileException(fileName, [new PlanProblem(JsonErrorText.Place(e), JsonErrorText.Explain(e))]);
        }
        var problems = PlanValidator.Validate(plan);
        if (problems.Count > 0) throw new PlanFileException(fileName, problems);
        return plan;
    }

    public static void Save(Plan plan, string path) => File.WriteAllText(path, PlanJson.Serialize(plan));
}
