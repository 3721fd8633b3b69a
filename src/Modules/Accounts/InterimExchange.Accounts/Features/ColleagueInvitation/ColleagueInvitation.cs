using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ColleagueInvitation;

/// <summary>What a colleague invitation's link is for, told to whoever follows it: whether it still works, the organisation and the address.</summary>
internal sealed class ColleagueInvitationHandler(AccountsDbContext db, InvitationTokenService tokens, TimeProvider clock)
    : IQueryHandler<ColleagueInvitationQuery, ColleagueInvitationView>
{
    public async Task<ColleagueInvitationView> HandleAsync(ColleagueInvitationQuery query, CancellationToken cancellationToken)
    {
        var invitation = await tokens.FindAsync(query.Token, cancellationToken);
        if (invitation is null)
        {
            return new ColleagueInvitationView(InvitationTokenStatus.Unknown, null, null);
        }

        var status = invitation.StatusFor(InvitationToken.ColleaguePurpose, clock.GetUtcNow().UtcDateTime);
        if (status == InvitationTokenStatus.WrongPurpose)
        {
            return new ColleagueInvitationView(status, null, null);
        }

        var organisationId = Guid.Parse(invitation.Subject);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        return new ColleagueInvitationView(status, organisation, invitation.Email);
    }
}
