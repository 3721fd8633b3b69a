namespace InterimExchange.FirmNetwork.Features.SaveVettingChecklist;

/// <summary>A vetting officer ticks the checks of a review as they are done, with notes.</summary>
internal sealed class SaveVettingChecklistHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes)
{
    public Task<Result> HandleAsync(Guid firmId, string actor, IReadOnlyList<ChecklistEntry> checklist, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.SaveChecklist(checklist, actor, now);
            return null;
        }, cancellationToken);
}
