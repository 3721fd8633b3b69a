using InterimExchange.BuildingBlocks.Results;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.FirmNetwork.Data;
using InterimExchange.FirmNetwork.Features.Profile;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.FirmNetwork.Features.Vetting;

/// <summary>The vetting officers' queue and decisions.</summary>
internal sealed class VettingHandler(FirmNetworkDbContext db, FirmChanges changes, FirmProfileHandler profiles) : IVetting
{
    /// <summary>Applications and re-vettings waiting for a decision, oldest first, and approved firms whose specialisms changed.</summary>
    public async Task<IReadOnlyList<FirmListItem>> QueueAsync(CancellationToken cancellationToken) =>
        await Project(db.Firms.AsNoTracking()
                .Where(f => f.Status == FirmStatus.PendingReview || f.Status == FirmStatus.InformationRequested || f.SpecialismsChangedSinceVetting)
                .OrderBy(f => f.ReviewStartedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FirmListItem>> ListAsync(FirmStatus? status, CancellationToken cancellationToken) =>
        await Project(db.Firms.AsNoTracking().Where(f => status == null || f.Status == status).OrderBy(f => f.Name).Take(500))
            .ToListAsync(cancellationToken);

    public Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken) => profiles.GetAsync(firmId, cancellationToken);

    public Task<Result> SaveChecklistAsync(Guid firmId, string actor, IReadOnlyList<ChecklistEntry> checklist, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.SaveChecklist(checklist, actor, changes.Now);
            return null;
        }, cancellationToken);

    public Task<Result> ApproveAsync(Guid firmId, string actor, DateOnly? validUntil, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.Approve(validUntil, actor, changes.Now);
            return firm.Vetted(changes.Now);
        }, cancellationToken);

    public Task<Result> RejectAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.Reject(reason, actor, changes.Now);
            return new FirmVettingRejected(firm.Id, firm.RejectionReason!, changes.Now);
        }, cancellationToken);

    public Task<Result> RequestInformationAsync(Guid firmId, string actor, string question, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.RequestInformation(question, actor, changes.Now);
            return null;
        }, cancellationToken);

    public Task<Result> SuspendAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.Suspend(reason, actor, changes.Now);
            return new FirmSuspended(firm.Id, firm.SuspensionReason!, changes.Now);
        }, cancellationToken);

    public Task<Result> ReinstateAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.Reinstate(reason, actor, changes.Now);
            return new FirmReinstated(firm.Id, reason.Trim(), changes.Now);
        }, cancellationToken);

    public Task<Result> AcceptChangedSpecialismsAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        changes.ApplyAsync(firmId, firm =>
        {
            firm.AcceptChangedSpecialisms(actor, changes.Now);
            return null;
        }, cancellationToken);

    private static IQueryable<FirmListItem> Project(IQueryable<Domain.Firm> firms) =>
        firms.Select(f => new FirmListItem(f.Id, f.Name, f.Status, f.ReviewStartedAtUtc, f.DecisionPromisedBy, f.VettedUntil, f.Revetting, f.SpecialismsChangedSinceVetting));
}
