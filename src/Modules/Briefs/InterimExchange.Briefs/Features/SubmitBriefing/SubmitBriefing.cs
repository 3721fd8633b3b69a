using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.SubmitBriefing;

/// <summary>The executive submits the briefing once it is complete; the coordinator is told and reviews it.</summary>
internal sealed class SubmitBriefingHandler(BriefsDbContext db, Changes<BriefsDbContext> changes)
{
    public async Task<Result> HandleAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken)
    {
        if (await db.Briefs.ForExecutiveAsync(db, userId, briefId, cancellationToken) is not { } brief)
        {
            return Result.NotFound();
        }

        var invitation = await db.BriefingInvitations.OfExecutiveAsync(userId, briefId, cancellationToken);
        return await changes.ApplyAsync(brief, (b, now) =>
        {
            invitation.Started(now);
            invitation.Submitted(now);
            b.SubmitBriefing(actor, now);
            return new BriefingSubmitted(b.Id, b.RpoOrganisationId, now);
        }, cancellationToken);
    }
}
