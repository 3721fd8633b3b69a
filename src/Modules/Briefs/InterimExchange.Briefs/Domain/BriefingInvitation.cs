namespace InterimExchange.Briefs.Domain;

/// <summary>
/// The invitation of one client executive to brief one brief. The link's token lives in Accounts (only its hash);
/// this records what the coordinator needs to see: sent, opened, in progress, submitted, expired or revoked.
/// </summary>
internal sealed class BriefingInvitation
{
    /// <summary>What the invitation token is for: briefing one brief, and nothing else.</summary>
    public const string TokenPurpose = "briefs.briefing";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The invitation token's id in Accounts.</summary>
    public Guid TokenId { get; private set; }

    /// <summary>The executive's account, once they have followed the link.</summary>
    public Guid? ExecutiveUserId { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? OpenedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    private BriefingInvitation()
    {
    }

    public BriefingInvitation(Guid briefId, ClientContact contact, Guid tokenId, DateTime sentAtUtc, DateTime expiresAtUtc)
    {
        Id = Guid.NewGuid();
        BriefId = briefId;
        ContactId = contact.Id;
        Email = contact.Email;
        Name = contact.Name;
        TokenId = tokenId;
        SentAtUtc = sentAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public InvitationState StateAt(DateTime nowUtc) =>
        RevokedAtUtc is not null ? InvitationState.Revoked
        : SubmittedAtUtc is not null ? InvitationState.Submitted
        : nowUtc >= ExpiresAtUtc ? InvitationState.Expired
        : StartedAtUtc is not null ? InvitationState.InProgress
        : OpenedAtUtc is not null ? InvitationState.Opened
        : InvitationState.Sent;

    public bool IsLive(DateTime nowUtc) => StateAt(nowUtc) is not (InvitationState.Revoked or InvitationState.Expired);

    public void Opened(Guid executiveUserId, DateTime nowUtc)
    {
        ExecutiveUserId = executiveUserId;
        OpenedAtUtc ??= nowUtc;
    }

    /// <summary>The executive handed their work to a colleague of the same client company, who briefs and scores in their place.</summary>
    public void HandOver(Guid executiveUserId) => ExecutiveUserId = executiveUserId;

    public void Started(DateTime nowUtc) => StartedAtUtc ??= nowUtc;

    public void Submitted(DateTime nowUtc) => SubmittedAtUtc = nowUtc;

    /// <summary>After a request for clarification, the executive is working on the briefing again.</summary>
    public void Reopened() => SubmittedAtUtc = null;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
