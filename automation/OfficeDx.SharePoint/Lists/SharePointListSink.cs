using System.Globalization;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Lists;

/// <summary>
/// Writes rows into a SharePoint list through Microsoft Graph (<c>sites/{id}/lists/{id}/items</c>): an item whose PlanId and
/// MeasureId match a row is updated (only when a value differs, and only the sink's columns), otherwise one is created. A
/// run stopped halfway is simply run again: what it created is found by its key and not created twice. An item of a plan the
/// run writes whose measure is no longer among the rows is deleted; items of other plans, and items without both key columns,
/// are never touched. 429/503 are retried by the Graph SDK's retry handler.
/// </summary>
public sealed class SharePointListSink(GraphServiceClient client, SharePointListLocation location)
{
    /// <summary>
    /// Writes the rows. <paramref name="inStore"/> names every measure the store still holds (<see cref="MeasureProgressRows.Keys"/>):
    /// an item of a plan being written is deleted only when its measure is in neither, so a completed measure, which has no row,
    /// keeps its item. Without it the rows are taken as all the store holds.
    /// </summary>
    public async Task<ListSinkOutcome> WriteAsync(IReadOnlyList<ListRow> rows, IReadOnlySet<(string PlanId, string MeasureId)>? inStore = null, CancellationToken cancellation = default)
    {
        var (siteId, listId) = await ResolveAsync(cancellation);
        var items = client.Sites[siteId].Lists[listId].Items;
        var existing = await ExistingAsync(siteId, listId, cancellation);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var (column, value) in row.Fields) values[column] = value!;
            if (!existing.TryGetValue((row.PlanId, row.MeasureId), out var item))
            {
                await CallAsync("リストへの追加", () => items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = values } }, cancellationToken: cancellation));
                created++;
            }
            else if (row.Fields.All(f => Text(f.Value) == Text(Get(item.Fields, f.Key))))
            {
                unchanged++;
            }
            else
            {
                await CallAsync("リストの更新", () => items[item.Id].Fields.PatchAsync(new FieldValueSet { AdditionalData = values }, cancellationToken: cancellation));
                updated++;
            }
        }
        // Only plans among the rows: a plan this run does not write may be another sink's, or harvested from a library not read now.
        var kept = rows.Select(r => (r.PlanId, r.MeasureId)).Concat(inStore ?? Enumerable.Empty<(string, string)>()).ToHashSet();
        var plans = kept.Select(k => k.Item1).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var (_, item) in existing.Where(e => plans.Contains(e.Key.Item1) && !kept.Contains(e.Key)))
        {
            await CallAsync("リストからの削除", async () =>
            {
                await items[item.Id].DeleteAsync(cancellationToken: cancellation);
                return true;
            });
            deleted++;
        }
        return new ListSinkOutcome(created, updated, unchanged, deleted);
    }

    private async Task<(string SiteId, string ListId)> ResolveAsync(CancellationToken cancellation)
    {
        var site = await CallAsync("サイトの確認", () => client.Sites["root"]
            .WithUrl($"{client.RequestAdapter.BaseUrl}/sites/{location.Host}:/{location.SitePath}")
            .GetAsync(cancellationToken: cancellation));
        var lists = await CallAsync("リストの確認", () => client.Sites[site!.Id].Lists.GetAsync(cancellationToken: cancellation));
        var list = lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, location.List, StringComparison.OrdinalIgnoreCase)
                                                     || string.Equals(l.Name, location.List, StringComparison.OrdinalIgnoreCase))
            ?? throw new SharePointException(
                $"サイト {location.Host}/{location.SitePath} にリスト「{location.List}」がありません。リストを作成し、列（{string.Join("、", MeasureProgressRows.Columns)}）を追加してください（docs/sharepoint.md）。");
        return (site!.Id!, list.Id!);
    }

    /// <summary>The list's items by (PlanId, MeasureId), following paging; items without both columns are not the sink's and are left alone.</summary>
    private async Task<Dictionary<(string, string), (string Id, IDictionary<string, object> Fields)>> ExistingAsync(string siteId, string listId, CancellationToken cancellation)
    {
        var result = new Dictionary<(string, string), (string, IDictionary<string, object>)>();
        var builder = client.Sites[siteId].Lists[listId].Items;
        var page = await CallAsync("リストの読み取り", () => builder.GetAsync(r => r.QueryParameters.Expand = ["fields"], cancellation));
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                var fields = item.Fields?.AdditionalData ?? new Dictionary<string, object>();
                if (Text(Get(fields, MeasureProgressRows.PlanIdColumn)) is { } plan && Text(Get(fields, MeasureProgressRows.MeasureIdColumn)) is { } measure)
                    result.TryAdd((plan, measure), (item.Id!, fields));
            }
            if (page.OdataNextLink is not { } next) break;
            page = await CallAsync("リストの読み取り", () => builder.WithUrl(next).GetAsync(cancellationToken: cancellation));
        }
        return result;
    }

    private static object? Get(IDictionary<string, object> fields, string column) => fields.TryGetValue(column, out var value) ? value : null;

    /// <summary>A column value as the text both sides compare by: numbers invariant, empty text as no value.</summary>
    private static string? Text(object? value)
    {
        var text = value switch
        {
            null or UntypedNull => null,
            UntypedString s => s.GetValue(),
            UntypedInteger i => i.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedLong l => l.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedDouble d => d.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedDecimal m => m.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedFloat f => f.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedBoolean b => b.GetValue() ? "true" : "false",
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement e => e.GetRawText(),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (GraphFailures.Final(e) is var final && final is ApiException or HttpRequestException or IOException or Azure.Identity.AuthenticationFailedException)
        {
            var reason = GraphFailures.Reason(final, "書き込み（write）", "サイトとリストの名前", "再実行してください（作成済みの項目は重複しません）。", rerunAfterDrop: true);
            throw new SharePointException(Redaction.Redact($"{location}: {what}: {reason}"), e);
        }
    }
}
