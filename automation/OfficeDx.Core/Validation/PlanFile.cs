using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Validation;

/// <summary>Loads and saves plan files, turning every kind of bad input into a <see cref="PlanFileException"/> that names the place.</summary>
public static class PlanFile
{
    public static Plan Load(string path)
    {
        string json;
        try
        {
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
