using InterimExchange.BuildingBlocks.Tokens;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// Single-purpose invitation links of Accounts (a colleague's invitation). A token carries 256 random bits (<see cref="LinkToken"/>);
/// only its hash is stored. A token is bound to a purpose and a subject (what it invites to), expires, and can be revoked.
/// </summary>
internal sealed class InvitationTokenService(AccountsDbContext db, Changes<AccountsDbContext> changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IssuedInvitationToken> IssueAsync(IssueInvitationToken request, CancellationToken cancellationToken)
    {
        IssuedInvitationToken? issued = null;
        await changes.ApplyAsync(now =>
        {
            var (invitation, token) = InvitationToken.Issue(request, now);
            db.InvitationTokens.Add(invitation);
            issued = new IssuedInvitationToken(invitation.Id, token, invitation.ExpiresAtUtc);
            return (object?)null;
        }, cancellationToken);
        return issued!;
    }

    public async Task<InvitationTokenCheck> CheckAsync(string token, string purpose, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        return invitation is null
            ? new InvitationTokenCheck(InvitationTokenStatus.Unknown, null, null, null)
            : new InvitationTokenCheck(invitation.StatusFor(purpose, Now), invitation.Id, invitation.Subject, invitation.Email);
    }

    public Task<bool> RevokeAsync(Guid invitationId, CancellationToken cancellationToken) =>
        ChangeAsync(invitationId, invitation => invitation.Revoke(Now), cancellationToken);

    public Task<bool> RedeemAsync(Guid invitationId, CancellationToken cancellationToken) =>
        ChangeAsync(invitationId, invitation => invitation.Redeem(Now), cancellationToken);

    /// <summary>Finds the invitation a presented token belongs to, by its hash; null for anything malformed or unknown.</summary>
    internal Task<InvitationToken?> FindAsync(string token, CancellationToken cancellationToken) =>
        LinkToken.HashOf(token) is { } hash
            ? db.InvitationTokens.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
            : Task.FromResult<InvitationToken?>(null);

    /// <summary>True when the change was made: the token exists and the change applied to it (one not already used or revoked).</summary>
    private async Task<bool> ChangeAsync(Guid invitationId, Func<InvitationToken, bool> change, CancellationToken cancellationToken) =>
        (await changes.ApplyAsync(c => db.InvitationTokens.FindAsync([invitationId], c).AsTask(), (invitation, _) =>
        {
            BusinessRuleException.Require(change(invitation), "The invitation was already used or revoked.");
            return (object?)null;
        }, cancellationToken)).Succeeded;
}
