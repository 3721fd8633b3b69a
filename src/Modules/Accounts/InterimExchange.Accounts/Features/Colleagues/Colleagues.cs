using FluentValidation;
using InterimExchange.Accounts.Features;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.Colleagues;

internal sealed class InviteColleagueValidator : AbstractValidator<InviteColleague>
{
    public InviteColleagueValidator() =>
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter your colleague's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.")
            .MaximumLength(256).WithMessage("That email address is too long.");
}

/// <summary>An organisation's admin invites colleagues by email; the colleague joins through the link.</summary>
internal sealed class ColleaguesHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    UserManager<UserAccount> users,
    IValidator<InviteColleague> inviteValidator,
    InvitedAccounts invitedAccounts,
    InvitationTokenService tokens,
    IOptions<SiteOptions> site,
    TimeProvider clock)
{
    public const string Purpose = InvitationToken.ColleaguePurpose;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.RemovedAtUtc == null)
            .OrderByDescending(u => u.IsOrganisationAdmin).ThenBy(u => u.DisplayName)
            .Select(u => new TeamMemberView(u.Id, u.DisplayName, u.Email!, u.IsOrganisationAdmin, u.TimeZone,
                db.Handovers.Where(h => h.FromUserId == u.Id && !h.ForGood && h.TakenBackAtUtc == null)
                    .Join(db.Users, h => h.ToUserId, colleague => colleague.Id, (_, colleague) => colleague.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public async Task<TeamView> GetTeamAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var members = await MembersAsync(organisationId, cancellationToken);
        var subject = organisationId.ToString();
        var invitations = await db.InvitationTokens.AsNoTracking()
            .Where(i => i.Purpose == Purpose && i.Subject == subject && i.RedeemedAtUtc == null)
            .OrderByDescending(i => i.IssuedAtUtc)
            .Take(50)
            .ToListAsync(cancellationToken);
        var former = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.RemovedAtUtc != null)
            .OrderByDescending(u => u.RemovedAtUtc)
            .Take(50)
            .Select(u => new FormerMemberView(u.Id, u.DisplayName, u.RemovedAtUtc!.Value))
            .ToListAsync(cancellationToken);
        return new TeamView(name, members,
            invitations.Select(i => new PendingInvitationView(i.Id, i.Email, i.IssuedAtUtc, i.ExpiresAtUtc, i.StatusFor(Purpose, Now), i.GrantsAdmin)).ToList(),
            former);
    }

    public async Task<Result> InviteAsync(InviteColleague request, CancellationToken cancellationToken) =>
        await inviteValidator.RefusalAsync(request, cancellationToken)
        ?? await changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == request.InvitedBy && u.OrganisationId == request.OrganisationId, c), async (inviter, now) =>
        {
            BusinessRuleException.Require(inviter.IsOrganisationAdmin && !inviter.IsRemoved, "Only your organisation's admins can invite colleagues.");
            var email = request.Email.Trim();
            var organisation = await db.Organisations.SingleAsync(o => o.Id == request.OrganisationId, cancellationToken);
            var (invitation, token) = InvitationToken.Issue(new IssueInvitationToken(Purpose, organisation.Id.ToString(), email, Lifetime, inviter.Id, request.AsAdmin), now);
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

    public Task<Result> RevokeAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.InvitationTokens.SingleOrDefaultAsync(i => i.Id == invitationId && i.Purpose == Purpose && i.Subject == organisationId.ToString(), c),
            (invitation, now) =>
            {
                BusinessRuleException.Require(invitation.Revoke(now), "That invitation was already used or revoked.");
                return (object?)null;
            }, cancellationToken);

    public async Task<ColleagueInvitationView> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var invitation = await tokens.FindAsync(token, cancellationToken);
        if (invitation is null)
        {
            return new ColleagueInvitationView(InvitationTokenStatus.Unknown, null, null);
        }

        var status = invitation.StatusFor(Purpose, Now);
        if (status == InvitationTokenStatus.WrongPurpose)
        {
            return new ColleagueInvitationView(status, null, null);
        }

        var organisationId = Guid.Parse(invitation.Subject);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        return new ColleagueInvitationView(status, organisation, invitation.Email);
    }

    public async Task<Result> AcceptAsync(AcceptColleagueInvitation request, CancellationToken cancellationToken)
    {
        var invitation = await tokens.FindAsync(request.Token, cancellationToken);
        if (invitation is null || invitation.StatusFor(Purpose, Now) != InvitationTokenStatus.Valid)
        {
            return Result.Failure("", "This invitation link cannot be used any more. Ask your colleague for a new one.");
        }

        var created = await invitedAccounts.CreateAndSignInAsync(
            new RegisterInvited(Guid.Parse(invitation.Subject), invitation.Email, request.DisplayName, request.Password, AsAdmin: invitation.GrantsAdmin),
            beforeCommit: () => invitation.Redeem(Now),
            cancellationToken);
        return created;
    }
}
