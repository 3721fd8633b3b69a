using InterimExchange.Accounts.Contracts;

namespace InterimExchange.Briefs.Features.OpenBriefingLink;

/// <summary>
/// The executive opens the briefing link: what it is for and whether it still works, then, signed in as the person it was sent
/// to, the link is theirs and the briefing opens.
/// </summary>
internal sealed class OpenBriefingLinkHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IInvitationTokens tokens)
{
    public async Task<BriefingLink> OpenLinkAsync(string token, CancellationToken cancellationToken)
    {
        var check = await tokens.CheckAsync(token, BriefingInvitation.TokenPurpose, cancellationToken);
        var status = check.Status switch
        {
            InvitationTokenStatus.Valid => BriefingLinkStatus.Valid,
            InvitationTokenStatus.Expired => BriefingLinkStatus.Expired,
            InvitationTokenStatus.Revoked => BriefingLinkStatus.Revoked,
            InvitationTokenStatus.Redeemed => BriefingLinkStatus.Used,
            _ => BriefingLinkStatus.Unknown,
        };
        if (check.InvitationId is not { } tokenId || status == BriefingLinkStatus.Unknown)
        {
            return new BriefingLink(BriefingLinkStatus.Unknown, null, null, null, null, null, null);
        }

        var found = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.TokenId == tokenId
            select new
            {
                i.BriefId, i.Email, i.Name, b.Details.RoleTitle, ClientName = c.Name, c.OrganisationId, b.Status,
                AsAdmin = db.ClientContacts.Any(x => x.Id == i.ContactId && x.IsAdmin),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.BriefId.ToString() != check.Subject)
        {
            return new BriefingLink(BriefingLinkStatus.Unknown, null, null, null, null, null, null);
        }

        if (status == BriefingLinkStatus.Valid && found.Status is BriefStatus.Withdrawn)
        {
            status = BriefingLinkStatus.Revoked;
        }

        return new BriefingLink(status, found.BriefId, found.Email, found.Name, found.RoleTitle, found.ClientName, found.OrganisationId, found.AsAdmin);
    }

    public async Task<Result> ClaimLinkAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken)
    {
        var check = await tokens.CheckAsync(token, BriefingInvitation.TokenPurpose, cancellationToken);
        if (!check.IsValid)
        {
            return Result.Failure("", "This briefing link cannot be used any more. Ask the coordinator for a new one.");
        }

        var invitation = await db.BriefingInvitations.SingleOrDefaultAsync(i => i.TokenId == check.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Result.NotFound();
        }

        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure("", $"This briefing invitation was sent to {invitation.Email}. Sign out, then open the link again.");
        }

        var claimed = await changes.ApplyAsync(_ => Task.FromResult<BriefingInvitation?>(invitation), (i, now) =>
        {
            i.Opened(userId, now);
            return new Created(i.BriefId);
        }, cancellationToken);
        if (claimed.Succeeded)
        {
            // The link has done its work: it brought the executive to an account. A forwarded or leaked copy opens nothing now.
            await tokens.RedeemAsync(invitation.TokenId, cancellationToken);
        }

        return claimed;
    }
}
