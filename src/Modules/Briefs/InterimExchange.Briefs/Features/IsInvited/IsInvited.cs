using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.IsInvited;

/// <summary>An executive reaches a brief only through a live invitation they have claimed.</summary>
internal sealed class IsInvitedHandler(BriefsDbContext db) : IQueryHandler<IsInvitedQuery, bool>
{
    public Task<bool> HandleAsync(IsInvitedQuery query, CancellationToken cancellationToken) =>
        db.BriefingInvitations.AnyAsync(i => i.BriefId == query.BriefId && i.ExecutiveUserId == query.UserId && i.RevokedAtUtc == null, cancellationToken);
}
