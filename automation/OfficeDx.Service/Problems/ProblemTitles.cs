using Microsoft.AspNetCore.Http;

namespace OfficeDx.Service.Problems;

/// <summary>The Japanese title of each status the service answers with, so that every problem document reads the same.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "リクエストの内容に誤りがあります",
        StatusCodes.Status401Unauthorized => "サインインが必要です",
        StatusCodes.Status403Forbidden => "この操作を行う権限がありません",
        StatusCodes.Status404NotFound => "見つかりません",
        StatusCodes.Status405MethodNotAllowed => "この呼び出し方（HTTP メソッド）は使えません",
        StatusCodes.Status408RequestTimeout => "リクエストが時間内に届きませんでした",
        StatusCodes.Status413PayloadTooLarge => "送られたデータが大きすぎます",
        StatusCodes.Status415UnsupportedMediaType => "データの形式が違います",
        StatusCodes.Status422UnprocessableEntity => "送られた文書を読めません",
        StatusCodes.Status503ServiceUnavailable => "サービスがこの処理を行えません",
        _ when status >= 500 => "サービスの内部でエラーが起きました",
        _ => "リクエストを処理できません",
    };

    /// <summary>A sentence for statuses the framework answers on its own (no route, wrong method …).</summary>
    public static string? DefaultDetail(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "サインインを確認できませんでした（サインインしていないか、サインインの有効期限が切れています）。",
        StatusCodes.Status403Forbidden => "サインインしたアカウントには、この操作の権限がありません。",
        StatusCodes.Status404NotFound => "このアドレスには何もありません。OpenAPI の説明（/openapi/v1.json）で使えるアドレスを確認してください。",
        StatusCodes.Status405MethodNotAllowed => "このアドレスは別の HTTP メソッド（GET または POST）で呼んでください。",
        StatusCodes.Status413PayloadTooLarge => "送られたデータがサービスの上限を超えています。",
        StatusCodes.Status415UnsupportedMediaType => "このアドレスには JSON（Content-Type: application/json）で、文書は multipart/form-data か .docx のまま送ってください。",
        _ when status >= 500 => "時間をおいてもう一度試してください。続くときはサービスの記録（ログ）を管理者に確認してもらってください。",
        _ => null,
    };
}
