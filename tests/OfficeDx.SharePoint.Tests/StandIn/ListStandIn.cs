using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OfficeDx.SharePoint.Tests.StandIn;

/// <summary>
/// The SharePoint-list part of the Graph stand-in: a site's lists, and a list's items with <c>$expand=fields</c> and
/// <c>@odata.nextLink</c> paging, created by POST <c>items</c>, updated by PATCH <c>items/{id}/fields</c> (null clears a
/// column, columns not sent are kept, as SharePoint does) and deleted by DELETE <c>items/{id}</c> (204; 404 for an unknown item).
/// Writes, deletions included, can be throttled through <see cref="Faults"/>.
/// </summary>
public sealed class ListStandIn(Faults faults, Func<string> baseUrl)
{
    private readonly object gate = new();
    private readonly Dictionary<string, (string Name, string DisplayName, SortedDictionary<int, JsonObject> Items)> lists = new(StringComparer.Ordinal);
    private int nextItemId;
    private int writes;
    private int version;

    public int PageSize { get; set; } = 5;

    public void AddList(string id, string name, string displayName)
    {
        lock (gate) lists[id] = (name, displayName, new SortedDictionary<int, JsonObject>());
    }

    /// <summary>Adds an item as a person would in the browser; returns its id.</summary>
    public string AddItem(string listId, JsonObject fields)
    {
        lock (gate) return Create(listId, fields);
    }

    /// <summary>A copy of every item's fields (system columns included), by item id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Items(string listId)
    {
        lock (gate) return lists[listId].Items.ToDictionary(i => i.Key.ToString(CultureInfo.InvariantCulture), i => (JsonObject)i.Value.DeepClone());
    }

    public void Clear()
    {
        lock (gate)
        {
            lists.Clear();
            nextItemId = 0;
            writes = 0;
        }
    }

    /// <summary>Answers a request below <c>/sites/{site}/lists</c>; <paramref name="rest"/> is what follows <c>lists</c>.</summary>
    public async Task HandleAsync(HttpContext context, string rest, Func<HttpContext, int, string, string, Task> error, Func<HttpContext, JsonObject, Task> json)
    {
        var method = context.Request.Method;
        var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 && method == "GET")
        {
            JsonArray value;
            lock (gate) value = new JsonArray(lists.Select(l => (JsonNode)new JsonObject { ["id"] = l.Key, ["name"] = l.Value.Name, ["displayName"] = l.Value.DisplayName }).ToArray());
            await json(context, new JsonObject { ["value"] = value });
            return;
        }
        bool known;
        lock (gate) known = parts.Length > 0 && lists.ContainsKey(parts[0]);
        if (!known || parts.Length < 2 || parts[1] != "items")
        {
            await error(context, 404, "itemNotFound", "The resource could not be found.");
            return;
        }
        var listId = parts[0];
        if (parts.Length == 2 && method == "GET")
        {
            await json(context, Page(context, listId));
            return;
        }
        if ((parts.Length == 2 && method == "POST") || (parts.Length == 4 && parts[3] == "fields" && method == "PATCH") || (parts.Length == 3 && method == "DELETE"))
        {
            if (faults.ThrottleListWrites.ContainsKey(Interlocked.Increment(ref writes)))
            {
                context.Response.Headers.RetryAfter = "1";
                await error(context, 429, "activityLimitReached", "The request has been throttled.");
                return;
            }
            if (method == "DELETE")
            {
                bool removed;
                lock (gate) removed = int.TryParse(parts[2], CultureInfo.InvariantCulture, out var itemId) && lists[listId].Items.Remove(itemId);
                if (removed) context.Response.StatusCode = 204;
                else await error(context, 404, "itemNotFound", "The resource could not be found.");
                return;
            }
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
            if (method == "POST")
            {
                if (body?["fields"] is not JsonObject fields)
                {
                    await error(context, 400, "invalidRequest", "fields is required.");
                    return;
                }
                string id;
                lock (gate) id = Create(listId, fields);
                context.Response.StatusCode = 201;
                await json(context, Item(listId, id));
                return;
            }
            JsonObject updated;
            lock (gate)
            {
                if (!int.TryParse(parts[2], CultureInfo.InvariantCulture, out var itemId) || !lists[listId].Items.TryGetValue(itemId, out var item))
                {
                    updated = null!;
                }
                else
                {
                    foreach (var (column, value) in body ?? [])
                    {
                        if (value is null) item.Remove(column);
                        else item[column] = value.DeepClone();
                    }
                    item["Modified"] = Stamp();
                    updated = (JsonObject)item.DeepClone();
                }
            }
            if (updated is null) await error(context, 404, "itemNotFound", "The resource could not be found.");
            else await json(context, updated);
            return;
        }
        await error(context, 400, "BadRequest", $"The stand-in does not implement {method} {rest}.");
    }

    private JsonObject Page(HttpContext context, string listId)
    {
        var expand = context.Request.Query["$expand"].ToString().Contains("fields", StringComparison.Ordinal);
        var skip = int.TryParse(context.Request.Query["skip"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        List<JsonNode> page;
        int total;
        lock (gate)
        {
            var items = lists[listId].Items;
            total = items.Count;
            page = items.Skip(skip).Take(PageSize).Select(i =>
            {
                var node = new JsonObject { ["id"] = i.Key.ToString(CultureInfo.InvariantCulture) };
                if (expand) node["fields"] = i.Value.DeepClone();
                return (JsonNode)node;
            }).ToList();
        }
        var result = new JsonObject { ["value"] = new JsonArray(page.ToArray()) };
        if (skip + PageSize < total) result["@odata.nextLink"] = $"{baseUrl()}/sites/{GraphStandIn.SiteId}/lists/{listId}/items?$expand=fields&skip={skip + PageSize}";
        return result;
    }

    private JsonObject Item(string listId, string id)
    {
        lock (gate) return new JsonObject { ["id"] = id, ["fields"] = lists[listId].Items[int.Parse(id, CultureInfo.InvariantCulture)].DeepClone() };
    }

    private string Create(string listId, JsonObject fields)
    {
        var id = ++nextItemId;
        var item = new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture), ["ContentType"] = "アイテム", ["Modified"] = Stamp() };
        foreach (var (column, value) in fields)
            if (value is not null) item[column] = value.DeepClone();
        lists[listId].Items[id] = item;
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private string Stamp() => $"2026-01-01T00:00:{++version % 60:00}Z";
}
