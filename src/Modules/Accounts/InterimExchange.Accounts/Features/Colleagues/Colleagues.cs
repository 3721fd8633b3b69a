using FluentValidation;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Data;
using InterimExchange.Accounts.Domain;
using InterimExchange.Accounts.Features.InvitationTokens;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Accounts.Features.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
    UserManager<UserAccount> users,
    IValidator<InviteColleague> inviteValidator,
    InvitedAccounts invitedAccounts,
    InvitationTokenService tokens,
    IOptions<SiteOptions> site,
    TimeProvider clock)
{
    public const string Purpose = "accounts.colleague";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId)
            .OrderByDescending(u => u.IsOrganisationAdmin).ThenBy(u => u.DisplayName)
            .Select(u => new TeamMemberView(u.Id, u.DisplayName, u.Email!, u.IsOrganisationAdmin))
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
        return new TeamView(name, members,
            invitations.Select(i => new PendingInvitationView(i.Id, i.Email, i.IssuedAtUtc, i.ExpiresAtUtc, i.StatusFor(Purpose, Now))).ToList());
    }

    public async Task<Result> InviteAsync(InviteColleague request, CancellationToken cancellationToken)
    {
        var validation = await inviteValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.From(validation);
        }

        var inviter = await db.Users.SingleOrDefaultAsync(u => u.Id == request.InvitedBy && u.OrganisationId == request.OrganisationId, cancellationToken);
        if (inviter is not { IsOrganisationAdmin: true })
        {
            return Result.Failure("", "Only your organisation's admin can invite colleagues.");
        }

        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Result.Failure(nameof(InviteColleague.Email), "Someone already signs in with this email address.");
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == request.OrganisationId, cancellationToken);
        var (invitation, token) = InvitationToken.Issue(
            new IssueInvitationToken(Purpose, organisation.Id.ToString(), email, Lifetime, inviter.Id), Now);
        db.InvitationTokens.Add(invitation);
        db.AddToOutbox(new EmailRequested(email, email, $"{inviter.DisplayName} invites you to {organisation.Name} on InterimExchange",
            $"""
            Hello,

            {inviter.DisplayName} has invited you to join {organisation.Name} on InterimExchange.

            Accept the invitation and choose your password here:

            {site.Value.Link($"account/invitation?token={token}")}

            The link works once and expires on {invitation.ExpiresAtUtc:d MMMM yyyy}. If you were not expecting it, ignore this email.
            """), clock);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> RevokeAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken)
    {
        var subject = organisationId.ToString();
        var invitation = await db.InvitationTokens.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.Purpose == Purpose && i.Subject == subject, cancellationToken);
        if (invitation is null || !invitation.Revoke(Now))
        {
            return Result.Failure("", "That invitation was already used or revoked.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

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
            new RegisterInvited(Guid.Parse(invitation.Subject), invitation.Email, request.DisplayName, request.Password),
            beforeCommit: () => invitation.Redeem(Now),
            cancellationToken);
        return created;
    }
}
