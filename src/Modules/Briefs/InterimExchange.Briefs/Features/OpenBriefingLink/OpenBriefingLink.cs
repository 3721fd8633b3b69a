using InterimExchange.BuildingBlocks.Tokens;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.OpenBriefingLink;

/// <summary>The executive opens the briefing link: what it is for and whether it still works.</summary>
internal sealed class OpenBriefingLinkHandler(BriefsDbContext db, TimeProvider clock) : IQueryHandler<OpenBriefingLinkQuery, BriefingLink>
{
    private static readonly BriefingLink Unknown = new(BriefingLinkStatus.Unknown, null, null, null, null, null, null);

    public async Task<BriefingLink> HandleAsync(OpenBriefingLinkQuery query, CancellationToken cancellationToken)
    {
        if (LinkToken.HashOf(query.Token) is not { } hash)
        {
            return Unknown;
        }

        var found = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.TokenHash == hash
            select new
            {
                Invitation = i, b.Details.RoleTitle, ClientName = c.Name, c.OrganisationId, b.Status,
                AsAdmin = db.ClientContacts.Any(x => x.Id == i.ContactId && x.IsAdmin),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Unknown;
        }

        var status = found.Invitation.LinkAt(clock.GetUtcNow().UtcDateTime);
        if (status == BriefingLinkStatus.Valid && found.Status is BriefStatus.Withdrawn)
        {
            status = BriefingLinkStatus.Revoked;
        }

        return new BriefingLink(status, found.Invitation.BriefId, found.Invitation.Email, found.Invitation.Name, found.RoleTitle, found.ClientName,
            found.OrganisationId, found.AsAdmin);
    }
}
