namespace InterimExchange.Accounts.Features;

internal sealed class InvitationTokenService(AccountsDbContext db, TimeProvider clock) : IInvitationTokens
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IssuedInvitationToken> IssueAsync(IssueInvitationToken request, CancellationToken cancellationToken)
    {
        var (invitation, token) = InvitationToken.Issue(request, Now);
        db.InvitationTokens.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitationToken(invitation.Id, token, invitation.ExpiresAtUtc);
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
    internal Task<InvitationToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return Task.FromResult<InvitationToken?>(null);
        }

        var hash = InvitationToken.Hash(token);
        return db.InvitationTokens.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    private async Task<bool> ChangeAsync(Guid invitationId, Func<InvitationToken, bool> change, CancellationToken cancellationToken)
    {
        var invitation = await db.InvitationTokens.FindAsync([invitationId], cancellationToken);
        if (invitation is null || !change(invitation))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
