namespace InterimExchange.Accounts.Contracts;

/// <summary>
/// Single-purpose invitation links. A token carries 256 random bits; only its SHA-256 hash is stored.
/// A token is bound to a purpose and a subject (what it invites to), expires, and can be revoked.
/// </summary>
public interface IInvitationTokens
{
    Task<IssuedInvitationToken> IssueAsync(IssueInvitationToken request, CancellationToken cancellationToken);

    /// <summary>What a presented token is worth for <paramref name="purpose"/>; a tampered or unknown token is <see cref="InvitationTokenStatus.Unknown"/>.</summary>
    Task<InvitationTokenCheck> CheckAsync(string token, string purpose, CancellationToken cancellationToken);

    Task<bool> RevokeAsync(Guid invitationId, CancellationToken cancellationToken);

    /// <summary>Marks a valid token as used, so that it cannot be used again.</summary>
    Task<bool> RedeemAsync(Guid invitationId, CancellationToken cancellationToken);
}

public sealed record IssueInvitationToken(string Purpose, string Subject, string Email, TimeSpan Lifetime, Guid IssuedBy, bool GrantsAdmin = false);

/// <summary>The raw token goes into the link and is never stored.</summary>
public sealed record IssuedInvitationToken(Guid InvitationId, string Token, DateTime ExpiresAtUtc);

public sealed record InvitationTokenCheck(InvitationTokenStatus Status, Guid? InvitationId, string? Subject, string? Email)
{
    public bool IsValid => Status == InvitationTokenStatus.Valid;
}

public enum InvitationTokenStatus
{
    Valid,
    Unknown,
    WrongPurpose,
    Expired,
    Revoked,
    Redeemed,
}
