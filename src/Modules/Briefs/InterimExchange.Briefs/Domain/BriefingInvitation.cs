using InterimExchange.BuildingBlocks.Tokens;

namespace InterimExchange.Briefs.Domain;

/// <summary>
/// The invitation of one client executive to brief one brief, with its link's token (only its hash) and what the
/// coordinator needs to see: sent, opened, in progress, submitted, expired or revoked.
/// </summary>
internal sealed class BriefingInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The hash of the link's token (<see cref="LinkToken"/>): the token itself was only ever in the email.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>The executive's account, once they have followed the link.</summary>
    public Guid? ExecutiveUserId { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? OpenedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>When the link brought the executive to their account: from then on it opens nothing, they sign in instead.</summary>
    public DateTime? ClaimedAtUtc { get; private set; }

    private BriefingInvitation()
    {
    }

    /// <summary>A new invitation and the token for its link, to be emailed once.</summary>
    public static (BriefingInvitation Invitation, string Token) Send(Guid briefId, ClientContact contact, DateTime sentAtUtc)
    {
        var (token, hash) = LinkToken.New();
        return (new BriefingInvitation(briefId, contact, hash, sentAtUtc, sentAtUtc + Lifetime), token);
    }

    private BriefingInvitation(Guid briefId, ClientContact contact, string tokenHash, DateTime sentAtUtc, DateTime expiresAtUtc)
    {
        Id = Guid.NewGuid();
        BriefId = briefId;
        ContactId = contact.Id;
        Email = contact.Email;
        Name = contact.Name;
        TokenHash = tokenHash;
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

    /// <summary>Whether the link still opens the briefing: not once revoked, used or past its date.</summary>
    public BriefingLinkStatus LinkAt(DateTime nowUtc) =>
        RevokedAtUtc is not null ? BriefingLinkStatus.Revoked
        : ClaimedAtUtc is not null ? BriefingLinkStatus.Used
        : nowUtc >= ExpiresAtUtc ? BriefingLinkStatus.Expired
        : BriefingLinkStatus.Valid;

    /// <summary>Signed in as the person it was sent to, the executive follows the link: it is used up, and the briefing is theirs.</summary>
    public void Claim(Guid executiveUserId, DateTime nowUtc)
    {
        BusinessRuleException.Require(LinkAt(nowUtc) == BriefingLinkStatus.Valid, "This briefing link cannot be used any more. Ask the coordinator for a new one.");
        Opened(executiveUserId, nowUtc);
        ClaimedAtUtc = nowUtc;
    }

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
