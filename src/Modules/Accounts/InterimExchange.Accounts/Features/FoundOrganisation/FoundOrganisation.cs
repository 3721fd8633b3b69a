using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.FoundOrganisation;

internal sealed class NewOrganisationValidator : AbstractValidator<NewOrganisation>
{
    public NewOrganisationValidator()
    {
        RuleFor(o => o.Name).NotEmpty().WithMessage("Give the organisation's name.").MaximumLength(200).WithMessage("Keep the name to 200 characters.");
        RuleFor(o => o.Kind).Must(kind => kind is OrganisationKind.RpoProvider or OrganisationKind.Platform)
            .WithMessage("Found an RPO or the platform's vetting team: firms apply themselves, and RPOs add their client companies.");
        RuleFor(o => o.AdminEmail).NotEmpty().WithMessage("Give the admin's email address.").MaximumLength(256)
            .EmailAddress().WithMessage("Give an email address like name@company.com.");
        RuleFor(o => o.AdminName).NotEmpty().WithMessage("Give the admin's name.").MaximumLength(200).WithMessage("Keep the name to 200 characters.");
    }
}

/// <summary>
/// The first organisations of a deployment without demo data: an RPO, or the platform's vetting team, with its first admin. The
/// admin has no password yet: the answer carries a link (valid two hours) to choose one, which the operator hands over.
/// </summary>
internal sealed class FoundOrganisationHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    UserManager<UserAccount> users,
    IValidator<NewOrganisation> validator,
    IOptions<SiteOptions> site)
{
    public async Task<OrganisationFounded> HandleAsync(NewOrganisation request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return new OrganisationFounded(refused, null);
        }

        var email = request.AdminEmail.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new OrganisationFounded(Result.Failure(nameof(NewOrganisation.AdminEmail), "An account already uses this email address."), null);
        }

        Organisation organisation = null!;
        await changes.ApplyAsync(now =>
        {
            organisation = new Organisation(Guid.NewGuid(), request.Name.Trim(), request.Kind, now);
            db.Organisations.Add(organisation);
            return new Created(organisation.Id);
        }, cancellationToken);
        var admin = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = request.AdminName.Trim(),
            OrganisationId = organisation.Id,
        };
        db.Record(admin.Join(asAdmin: true, changes.Now));
        var created = await users.CreateAsync(admin);
        if (!created.Succeeded)
        {
            return new OrganisationFounded(IdentityErrors.ToResult(created, nameof(NewOrganisation.AdminEmail)), null);
        }

        await users.AddToRoleAsync(admin, organisation.MemberRole);
        var token = await users.GeneratePasswordResetTokenAsync(admin);
        return new OrganisationFounded(Result.Created(organisation.Id), site.Value.Link(PortalLinks.PasswordReset(email, token)).ToString());
    }
}
