using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ClientBriefings;

/// <summary>The executive's briefings, newest invitation first, each with where it stands.</summary>
internal sealed class ClientBriefingsHandler(BriefsDbContext db, TimeProvider clock) : IQueryHandler<ClientBriefingsQuery, IReadOnlyList<ClientBriefingItem>>
{
    public async Task<IReadOnlyList<ClientBriefingItem>> HandleAsync(ClientBriefingsQuery query, CancellationToken cancellationToken)
    {
        var rows = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.ExecutiveUserId == query.UserId && i.RevokedAtUtc == null
            orderby i.SentAtUtc descending
            select new { Invitation = i, b.Details.RoleTitle, ClientName = c.Name, Clarifying = b.Status == BriefStatus.AwaitingBriefing && b.OpenClarification != null, b.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ClientBriefingItem(r.Invitation.BriefId, r.RoleTitle, r.ClientName, r.Invitation.StateAt(clock.GetUtcNow().UtcDateTime), r.Clarifying, r.Invitation.ExpiresAtUtc, r.Status))
            .ToList();
    }
}
