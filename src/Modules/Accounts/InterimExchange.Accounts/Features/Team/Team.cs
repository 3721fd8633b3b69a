using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.Team;

/// <summary>The caller's organisation: its members, the colleague invitations not yet used, and the people who left.</summary>
internal sealed class TeamHandler(AccountsDbContext db, TimeProvider clock) : IQueryHandler<TeamQuery, TeamView>
{
    public async Task<TeamView> HandleAsync(TeamQuery query, CancellationToken cancellationToken)
    {
        var organisationId = query.By.OrganisationId;
        var now = clock.GetUtcNow().UtcDateTime;
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var members = await OrganisationMembers.OfAsync(db, organisationId, cancellationToken);
        var subject = organisationId.ToString();
        var invitations = await db.InvitationTokens.AsNoTracking()
            .Where(i => i.Purpose == InvitationToken.ColleaguePurpose && i.Subject == subject && i.RedeemedAtUtc == null)
            .OrderByDescending(i => i.IssuedAtUtc)
            .Take(50)
            .ToListAsync(cancellationToken);
        var former = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.RemovedAtUtc != null)
            .OrderByDescending(u => u.RemovedAtUtc)
            .Take(50)
            .Select(u => new FormerMemberView(u.Id, u.DisplayName, u.RemovedAtUtc!.Value))
            .ToListAsync(cancellationToken);
        return new TeamView(name, members,
            invitations.Select(i => new PendingInvitationView(i.Id, i.Email, i.IssuedAtUtc, i.ExpiresAtUtc, i.StatusFor(InvitationToken.ColleaguePurpose, now), i.GrantsAdmin))
                .ToList(),
            former);
    }
}
