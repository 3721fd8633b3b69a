using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.InviteColleague;

internal sealed class InviteColleagueValidator : AbstractValidator<InviteColleagueCommand>
{
    public InviteColleagueValidator() =>
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter your colleague's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.")
            .MaximumLength(256).WithMessage("That email address is too long.");
}

/// <summary>An organisation's admin invites a colleague by email; the colleague joins through the link, valid seven days.</summary>
internal sealed class InviteColleagueHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, UserManager<UserAccount> users, IOptions<SiteOptions> site)
    : ICommandHandler<InviteColleagueCommand>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Task<Result> HandleAsync(InviteColleagueCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == command.By.UserId && u.OrganisationId == command.By.OrganisationId, c), async (inviter, now) =>
        {
            BusinessRuleException.Require(inviter.IsOrganisationAdmin && !inviter.IsRemoved, "Only your organisation's admins can invite colleagues.");
            var email = command.Email.Trim();
            var organisation = await db.Organisations.SingleAsync(o => o.Id == command.By.OrganisationId, cancellationToken);
            var (invitation, token) = InvitationToken.Issue(
                new IssueInvitationToken(InvitationToken.ColleaguePurpose, organisation.Id.ToString(), email, Lifetime, inviter.Id, command.AsAdmin), now);
            db.InvitationTokens.Add(invitation);

            // The inviter hears the same whether or not the address has an account: only its owner learns that it has one.
            var body = await users.FindByEmailAsync(email) is not null
                ? $"""
                  Hello,

                  {inviter.DisplayName} has invited you to join {organisation.Name} on InterimExchange, but this email address already has an
                  InterimExchange account, and an account belongs to one organisation.

                  If you are moving to {organisation.Name}, ask {inviter.DisplayName} to invite another address of yours. To use your
                  existing account, sign in: {site.Value.Link("/account/sign-in")}

                  If you were not expecting this, ignore this email.
                  """
                : $"""
                  Hello,

                  {inviter.DisplayName} has invited you to join {organisation.Name} on InterimExchange.

                  Accept the invitation and choose your password here:

                  {site.Value.Link(PortalLinks.ColleagueInvitation(token))}

                  The link works once and expires on {invitation.ExpiresAtUtc:d MMMM yyyy}. If you were not expecting it, ignore this email.
                  """;
            return new EmailRequested(email, email, $"{inviter.DisplayName} invites you to {organisation.Name} on InterimExchange", body);
        }, cancellationToken);
}
