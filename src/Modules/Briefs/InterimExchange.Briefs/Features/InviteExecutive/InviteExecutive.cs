using InterimExchange.BuildingBlocks.Email;
using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.Extensions.Options;

namespace InterimExchange.Briefs.Features.InviteExecutive;

/// <summary>No rules: the executive is chosen from the client's contacts, which only the brief's client company can say.</summary>
internal sealed class InviteExecutiveValidator : AbstractValidator<InviteExecutiveCommand>;

/// <summary>
/// Invites a client executive to brief: a single-purpose link (its token kept only as a hash) by email.
/// Sending again replaces the earlier link, which stops working.
/// </summary>
internal sealed class InviteExecutiveHandler(
    BriefsDbContext db,
    Changes<BriefsDbContext> changes,
    IOptions<SiteOptions> site,
    TimeProvider clock) : ICommandHandler<InviteExecutiveCommand>
{
    public async Task<Result> HandleAsync(InviteExecutiveCommand command, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.OfRpoAsync(command.By.OrganisationId, command.BriefId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var client = await db.ClientCompanies.AsNoTracking().Include(c => c.Contacts)
            .SingleAsync(c => c.Id == brief.Details.ClientCompanyId, cancellationToken);
        var contact = client.Contacts.SingleOrDefault(c => c.Id == command.ContactId);
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
        }

        var (invitation, token) = BriefingInvitation.Send(brief.Id, contact, changes.Now);
        // A claimed account stays with the executive when the link is sent again.
        if (earlier.FirstOrDefault(i => i.ExecutiveUserId is not null)?.ExecutiveUserId is { } executive)
        {
            invitation.Opened(executive, changes.Now);
        }

        db.BriefingInvitations.Add(invitation);
        db.AddToOutbox(new EmailRequested(contact.Email, contact.Name, $"Please brief us on the {brief.Details.RoleTitle}",
            $"""
            Dear {contact.Name},

            {command.By.Name} is finding {client.Name} an interim for the role "{brief.Details.RoleTitle}". Before anyone talks
            about price, we would like to hear from you what success in this role looks like.

            The briefing asks about the situation, three to five success criteria, how the interim will add value,
            must-haves, and working arrangements. It takes about twenty minutes, and you can save and come back at any point.

            Start the briefing here:

            {site.Value.Link(PortalLinks.BriefingInvitation(token))}

            The link is for you alone and works until {invitation.ExpiresAtUtc:d MMMM yyyy}.
            """), clock);
        return await changes.ApplyAsync(brief, (b, now) =>
        {
            b.InvitationSent(command.By.Name, contact.Email, now);
            return null;
        }, cancellationToken);
    }
}
