using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.FirmApplicants;

/// <summary>
/// A firm applied: its organisation is founded under the firm's id, with the applicant's account as its admin, who signs in with
/// the password they chose. Saved once with the inbox; founded already (a redelivery), nothing changes.
/// </summary>
internal sealed class FirmAppliedConsumer(AccountsDbContext db, TimeProvider clock, UserManager<UserAccount> users, IOptions<SiteOptions> site)
    : InboxConsumer<FirmApplied, AccountsDbContext>(db, clock)
{
    protected override async Task HandleAsync(FirmApplied message, CancellationToken cancellationToken)
    {
        if (await Db.Organisations.AnyAsync(o => o.Id == message.FirmId, cancellationToken))
        {
            return;
        }

        // An account took the address after the application was checked: its owner is told, as the form tells an address with an account.
        var email = message.ApplicantEmail;
        if (await users.FindByEmailAsync(email) is not null)
        {
            Db.AddToOutbox(InvitedAccounts.ExistingAccountEmail(email, "applied to join as a specialist firm", site.Value), Clock);
            return;
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation(message.FirmId, message.Name, OrganisationKind.SpecialistFirm, now);
        Db.Organisations.Add(organisation);
        var applicant = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = users.NormalizeName(email),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            EmailConfirmed = true,
            DisplayName = message.ApplicantName,
            OrganisationId = organisation.Id,
            PasswordHash = message.PasswordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        Db.Users.Add(applicant);
        foreach (var recorded in Db.Record(applicant.Join(asAdmin: true, now)))
        {
            Db.AddToOutbox(recorded, Clock);
        }

        var role = users.NormalizeName(organisation.MemberRole);
        Db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = applicant.Id, RoleId = await Db.Roles.Where(r => r.NormalizedName == role).Select(r => r.Id).SingleAsync(cancellationToken) });
    }
}
