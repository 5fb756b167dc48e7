using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Authorization;

/// <summary>
/// Which departments a caller may check and submit for: the 課名 the configured mapping (OfficeDx:DepartmentGroups) gives the
/// caller's Entra groups (the groups claim). The DX office may act for every department, and so may anyone when the service runs
/// without authentication (loopback only).
/// </summary>
public static class CallerDepartments
{
    public const string GroupsClaim = "groups";

    /// <summary>Refuses with 403 unless the caller may act for <paramref name="department"/>.</summary>
    public static void Demand(HttpContext context, ServiceOptions options, string department, string action)
    {
        if (options.Entra is null) return;
        var user = context.User;
        if (user.IsInRole(AppRoles.DxOffice)) return;
        var own = Of(user, options);
        if (user.IsInRole(AppRoles.Department) && own.Contains(department, StringComparer.Ordinal)) return;
        throw new ApiProblem(StatusCodes.Status403Forbidden,
            own.Count == 0
                ? $"「{department}」の様式を{action}できません。あなたのアカウントの所属グループに対応する課が設定されていません（OfficeDx:DepartmentGroups）。DX担当課に連絡してください。"
                : $"「{department}」の様式は{action}できません。{action}できるのは {string.Join("、", own)} の様式だけです。",
            [new ProblemItem("department", $"「{department}」はあなたの課ではありません。")]);
    }

    /// <summary>The caller's departments, in the order of the mapping.</summary>
    public static IReadOnlyList<string> Of(ClaimsPrincipal user, ServiceOptions options)
    {
        var groups = user.FindAll(GroupsClaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return options.DepartmentGroups.Where(g => groups.Contains(g.Key)).Select(g => g.Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Who submitted: the signed-in name (preferred_username, name or object id), or "(ローカル)" without authentication.</summary>
    public static string Submitter(ClaimsPrincipal user) =>
        user.FindFirst("preferred_username")?.Value ?? user.FindFirst("name")?.Value ?? user.FindFirst("oid")?.Value
        ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value ?? "（ローカル）";
}
