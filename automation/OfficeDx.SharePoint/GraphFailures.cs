using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OfficeDx.SharePoint;

/// <summary>Why a Microsoft Graph call failed, in the Japanese a person at the DX office reads, for the document source and the list sink alike.</summary>
internal static class GraphFailures
{
    /// <summary>
    /// The answer that ended a call: the SDK's retry handler reports retries it ran out of as an AggregateException of every
    /// answer it got, and the last of them is the one to explain.
    /// </summary>
    public static Exception Final(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } all && all.InnerExceptions[^1] is ApiException last ? last : e;

    /// <param name="e">the failure: a Graph answer (ApiException) or a dropped connection.</param>
    /// <param name="permission">the Sites.Selected role the call needs, as the administrator grants it (読み取り, 書き込み（write）).</param>
    /// <param name="names">what to check when Graph says 404 (サイトとリストの名前).</param>
    /// <param name="rerun">what to tell the person to do after throttling or a dropped connection.</param>
    /// <param name="rerunAfterDrop">whether a dropped connection gets that advice too (a harvest resumes by itself).</param>
    public static string Reason(Exception e, string permission, string names, string rerun, bool rerunAfterDrop)
    {
        // Azure.Identity's own text may name the tenant, the application and the token endpoint: none of it is shown.
        if (e is CredentialUnavailableException)
            return "サインインに使える認証情報がありません。認証方式（OFFICEDX_AUTH）とその環境変数を確認してください（docs/sharepoint.md）。";
        if (e is AuthenticationFailedException)
            return "Microsoft Entra ID にサインインできませんでした。テナント ID・クライアント ID・シークレットまたは証明書を確認してください（docs/sharepoint.md）。";
        var status = (e as ApiException)?.ResponseStatusCode;
        return status switch
        {
            401 => "サインインできませんでした（認証情報を確認してください）。",
            403 => $"アクセスが許可されていません。アプリに Sites.Selected でこのサイトへの{permission}権限が付与されているか確認してください（docs/sharepoint.md）。",
            404 => $"見つかりません。{names}を確認してください。",
            429 or 503 => $"Microsoft Graph の利用制限（スロットリング）が続いたため中断しました。時間をおいて{rerun}",
            null => $"通信が途中で切れました（{e.Message}）。{(rerunAfterDrop ? rerun : "")}",
            _ => $"Microsoft Graph がエラー {status} を返しました（{(e as ODataError)?.Error?.Message ?? e.Message}）。",
        };
    }
}
