using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.Extensions.Options;

namespace InterimExchange.Briefs.Features.BriefingInvitations;

/// <summary>
/// Invites a client executive to brief: a single-purpose link (its token held by Accounts, as a hash) by email.
/// Sending again replaces the earlier link, which stops working.
/// </summary>
internal sealed class InviteExecutiveHandler(
    BriefsDbContext db,
    Changes<BriefsDbContext> changes,
    IInvitationTokens tokens,
    IOptions<SiteOptions> site,
    TimeProvider clock)
{
    public async Task<Result> InviteAsync(InviteExecutive request, CancellationToken cancellationToken)
    {
        var command = request.Command;
        var brief = await db.Briefs.OfRpoAsync(command.RpoId, command.BriefId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var client = await db.ClientCompanies.AsNoTracking().Include(c => c.Contacts)
            .SingleAsync(c => c.Id == brief.Details.ClientCompanyId, cancellationToken);
        var contact = client.Contacts.SingleOrDefault(c => c.Id == request.ContactId);
        if (contact is null)
        {
            return Result.Failure("ContactId", $"Choose one of {client.Name}'s executives.");
        }

        if (!brief.BriefingOpenForEditing && brief.Status != BriefStatus.Draft)
        {
            return Result.Failure("", "The executive can be invited only before the briefing is submitted.");
        }

        var earlier = await db.BriefingInvitations
            .Where(i => i.BriefId == brief.Id && i.ContactId == contact.Id && i.RevokedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var old in earlier)
        {
            old.Revoke(changes.Now);
            await tokens.RevokeAsync(old.TokenId, cancellationToken);
        }

        var issued = await tokens.IssueAsync(new IssueInvitationToken(BriefingInvitation.TokenPurpose, brief.Id.ToString(), contact.Email, BriefingInvitation.Lifetime, command.UserId), cancellationToken);
        var invitation = new BriefingInvitation(brief.Id, contact, issued.InvitationId, changes.Now, issued.ExpiresAtUtc);
        // A claimed account stays with the executive when the link is sent again.
        if (earlier.FirstOrDefault(i => i.ExecutiveUserId is not null)?.ExecutiveUserId is { } executive)
        {
            invitation.Opened(executive, changes.Now);
        }

        db.BriefingInvitations.Add(invitation);
        db.AddToOutbox(new EmailRequested(contact.Email, contact.Name, $"Please brief us on the {brief.Details.RoleTitle}",
            $"""
            Dear {contact.Name},

            {command.Actor} is finding {client.Name} an interim for the role "{brief.Details.RoleTitle}". Before anyone talks
            about price, we would like to hear from you what success in this role looks like.

            The briefing asks about the situation, three to five success criteria, how the interim will add value,
            must-haves, and working arrangements. It takes about twenty minutes, and you can save and come back at any point.

            Start the briefing here:

            {site.Value.Link(PortalLinks.BriefingInvitation(issued.Token))}

            The link is for you alone and works until {issued.ExpiresAtUtc:d MMMM yyyy}.
            """), clock);
        return await changes.ApplyAsync(brief, (b, now) =>
        {
            b.InvitationSent(command.Actor, contact.Email, now);
            return null;
        }, cancellationToken);
    }

    public Task<Result> RevokeAsync(BriefCommand command, Guid invitationId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => (
            from i in db.BriefingInvitations
            join b in db.Briefs on i.BriefId equals b.Id
            where i.Id == invitationId && b.Id == command.BriefId && b.RpoOrganisationId == command.RpoId
            select i).SingleOrDefaultAsync(c), async (invitation, now) =>
        {
            invitation.Revoke(now);
            await tokens.RevokeAsync(invitation.TokenId, cancellationToken);
            return null;
        }, cancellationToken);
}
