using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using OfficeDx.Documents.Profiles;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>The shipped profiles, by name only: a request can never make the service read a profile file from a path.</summary>
public static class ServiceProfiles
{
    private static readonly ConcurrentDictionary<string, Profile> Loaded = new(StringComparer.Ordinal);

    public static Profile Get(string name)
    {
        if (ProfileLibrary.LooksLikePath(name))
            throw new ApiProblem(StatusCodes.Status400BadRequest,
                $"プロファイルはファイルのパスでは指定できません。使えるのは {string.Join("、", ProfileLibrary.Names)} です。",
                [new ProblemItem("$.profile", "パスの形をしています。登録されているプロファイル名を指定してください。")]);
        if (!ProfileLibrary.Names.Contains(name, StringComparer.Ordinal))
            throw new ApiProblem(StatusCodes.Status400BadRequest,
                $"プロファイル「{name}」はありません。使えるのは {string.Join("、", ProfileLibrary.Names)} です。",
                [new ProblemItem("$.profile", $"「{name}」は登録されていないプロファイルです。")]);
        return Loaded.GetOrAdd(name, ProfileLibrary.Load);
    }
}
