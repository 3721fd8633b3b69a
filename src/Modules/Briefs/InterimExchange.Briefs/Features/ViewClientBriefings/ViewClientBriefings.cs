using AutoMapper;

namespace InterimExchange.Briefs.Features.ViewClientBriefings;

/// <summary>The executive's briefings: the list, one briefing as a form, and whether they are invited to a brief at all.</summary>
internal sealed class ViewClientBriefingsHandler(BriefsDbContext db, IMapper mapper, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClientBriefingItem>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.ExecutiveUserId == userId && i.RevokedAtUtc == null
            orderby i.SentAtUtc descending
            select new { Invitation = i, b.Details.RoleTitle, ClientName = c.Name, Clarifying = b.Status == BriefStatus.AwaitingBriefing && b.OpenClarification != null, b.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ClientBriefingItem(r.Invitation.BriefId, r.RoleTitle, r.ClientName, r.Invitation.StateAt(clock.GetUtcNow().UtcDateTime), r.Clarifying, r.Invitation.ExpiresAtUtc, r.Status))
            .ToList();
    }

    public async Task<BriefingForm?> GetAsync(Guid userId, Guid briefId, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.ForExecutiveAsync(db, userId, briefId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var clientName = await db.ClientCompanies.Where(c => c.Id == brief.Details.ClientCompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new BriefingForm(brief.Id, brief.Details.RoleTitle, clientName, brief.BriefingOpenForEditing,
            mapper.Map<BriefingContent>(brief.Briefing), mapper.Map<CommercialView>(brief.Commercial),
            mapper.Map<ClarificationView?>(brief.OpenClarification), brief.Briefing.MissingForSubmission().ToList(), mapper.ToInput(brief.Briefing, brief.Commercial));
    }

    public async Task<IReadOnlyList<BriefExecutive>> ExecutivesAsync(Guid briefId, CancellationToken cancellationToken) =>
        await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.BriefId == briefId && i.ExecutiveUserId != null && i.RevokedAtUtc == null
            select new BriefExecutive(i.ExecutiveUserId!.Value, c.OrganisationId))
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <summary>An executive reaches a brief only through a live invitation they have claimed.</summary>
    public Task<bool> IsInvitedAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        db.BriefingInvitations.AnyAsync(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null, cancellationToken);
}
