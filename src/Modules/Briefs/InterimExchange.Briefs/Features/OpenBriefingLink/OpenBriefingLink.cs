using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.OpenBriefingLink;

/// <summary>The executive opens the briefing link: what it is for and whether it still works.</summary>
internal sealed class OpenBriefingLinkHandler(BriefsDbContext db, IInvitationTokens tokens) : IQueryHandler<OpenBriefingLinkQuery, BriefingLink>
{
    public async Task<BriefingLink> HandleAsync(OpenBriefingLinkQuery query, CancellationToken cancellationToken)
    {
        var check = await tokens.CheckAsync(query.Token, BriefingInvitation.TokenPurpose, cancellationToken);
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
}
