using InterimExchange.BuildingBlocks.Tokens;

namespace InterimExchange.Accounts.Domain;

/// <summary>
/// An invitation link's stored half: the SHA-256 hash of a 256-bit random token, its purpose, its subject,
/// and its life. The token itself exists only in the link that was emailed.
/// </summary>
internal sealed class InvitationToken
{
    /// <summary>The purpose of a colleague's invitation to join an organisation.</summary>
    public const string ColleaguePurpose = "accounts.colleague";

    public Guid Id { get; private set; }

    public string Purpose { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public Guid IssuedBy { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public DateTime? RedeemedAtUtc { get; private set; }

    /// <summary>A colleague's invitation that makes them an admin of the organisation as they join.</summary>
    public bool GrantsAdmin { get; private set; }

    private InvitationToken()
    {
    }

    public static (InvitationToken Invitation, string Token) Issue(IssueInvitationToken request, DateTime nowUtc)
    {
        if (request.Lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "An invitation must live for some time.");
        }

        var (token, hash) = LinkToken.New();
        var invitation = new InvitationToken
        {
            Id = Guid.NewGuid(),
            Purpose = request.Purpose,
            Subject = request.Subject,
            Email = request.Email,
            TokenHash = hash,
            IssuedBy = request.IssuedBy,
            IssuedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + request.Lifetime,
            GrantsAdmin = request.GrantsAdmin,
        };
        return (invitation, token);
    }

    public InvitationTokenStatus StatusFor(string purpose, DateTime nowUtc) =>
        Purpose != purpose ? InvitationTokenStatus.WrongPurpose
        : RevokedAtUtc is not null ? InvitationTokenStatus.Revoked
        : RedeemedAtUtc is not null ? InvitationTokenStatus.Redeemed
        : nowUtc >= ExpiresAtUtc ? InvitationTokenStatus.Expired
        : InvitationTokenStatus.Valid;

    public bool Revoke(DateTime nowUtc)
    {
        if (RevokedAtUtc is not null || RedeemedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        return true;
    }

    public bool Redeem(DateTime nowUtc)
    {
        if (StatusFor(Purpose, nowUtc) != InvitationTokenStatus.Valid)
        {
            return false;
        }

        RedeemedAtUtc = nowUtc;
        return true;
    }
}

internal sealed record IssueInvitationToken(string Purpose, string Subject, string Email, TimeSpan Lifetime, Guid IssuedBy, bool GrantsAdmin = false);

/// <summary>The raw token goes into the link and is never stored.</summary>
internal sealed record IssuedInvitationToken(Guid InvitationId, string Token, DateTime ExpiresAtUtc);

internal sealed record InvitationTokenCheck(InvitationTokenStatus Status, Guid? InvitationId, string? Subject, string? Email)
{
    public bool IsValid => Status == InvitationTokenStatus.Valid;
}
