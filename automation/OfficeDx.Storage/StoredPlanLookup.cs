namespace OfficeDx.Storage;

/// <summary>Finds one harvested plan in the store, by its plan id or by the path of the document it came from.</summary>
public static class StoredPlanLookup
{
    /// <summary>
    /// The plan whose id is <paramref name="key"/>, or else the plan harvested from the document at that path (or with that
    /// document id). When one plan id was harvested from several documents, the path picks one.
    /// </summary>
    public static async Task<StoredPlan> FindAsync(HarvestStore store, string key, CancellationToken cancellation = default)
    {
        var plans = await StoredPlans.LoadAsync(store, cancellation);
        var byId = plans.Where(p => p.Plan.Id == key).ToArray();
        var matches = byId.Length > 0 ? byId : plans.Where(p => p.Path == key || p.DocumentId == key).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 when plans.Count == 0 => throw new StoreException($"{store.Location.Display} には計画がまだ保存されていません。先に officedx harvest --source … --store … で回収してください。"),
            0 => throw new StoreException($"{store.Location.Display} に計画「{key}」がありません。保存されている計画: "
                + string.Join("、", plans.Select(p => $"{p.Plan.Id}（{p.Path}）")) + "。"),
            _ => throw new StoreException($"計画「{key}」は {store.Location.Display} の {matches.Length} 件の文書にあります: "
                + string.Join("、", matches.Select(p => p.Path)) + "。計画 ID の代わりに文書のパスを指定してください。"),
        };
    }
}
