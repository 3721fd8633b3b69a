using AutoMapper;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ReviewBrief;

/// <summary>The coordinator's brief page: its facts, the briefing to review, the invitations and the history.</summary>
internal sealed class ReviewBriefHandler(BriefsDbContext db, IMapper mapper, TimeProvider clock) : IQueryHandler<ReviewBriefQuery, BriefView?>
{
    public async Task<BriefView?> HandleAsync(ReviewBriefQuery query, CancellationToken cancellationToken)
    {
        var (rpoId, briefId) = (query.RpoId, query.BriefId);
        var brief = await db.Briefs.AsNoTracking().Include(b => b.History)
            .SingleOrDefaultAsync(b => b.Id == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var client = await db.ClientCompanies.AsNoTracking().Include(c => c.Contacts)
            .SingleAsync(c => c.Id == brief.Details.ClientCompanyId, cancellationToken);
        var invitations = await db.BriefingInvitations.AsNoTracking()
            .Where(i => i.BriefId == briefId)
            .OrderByDescending(i => i.SentAtUtc)
            .ToListAsync(cancellationToken);
        var d = brief.Details;
        return new BriefView(brief.Id, d.RoleTitle, client.Id, client.Name, d.Sector, d.Function, d.Seniority, d.Location, d.Region,
            d.RemotePolicy, d.ExpectedStart, d.DurationMonths, d.Confidential, brief.Status, brief.HoldReason, brief.HoldReviewDate,
            brief.WithdrawalReason, brief.CriteriaLocked, mapper.Map<BriefingContent>(brief.Briefing), mapper.Map<CommercialView>(brief.Commercial),
            mapper.Map<ClarificationView?>(brief.OpenClarification),
            client.Contacts.OrderBy(c => c.Name).Select(c => new ClientContactView(c.Id, c.Name, c.Email, c.JobTitle)).ToList(),
            invitations.Select(i => new InvitationView(i.Id, i.Name, i.Email, i.StateAt(clock.GetUtcNow().UtcDateTime), i.SentAtUtc, i.ExpiresAtUtc)).ToList(),
            brief.History.OrderByDescending(h => h.AtUtc).Select(h => new HistoryView(h.AtUtc, h.Actor, h.What, h.Reason)).ToList());
    }
}
