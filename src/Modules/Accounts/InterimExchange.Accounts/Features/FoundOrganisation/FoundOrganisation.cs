using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.FoundOrganisation;

internal sealed class FoundOrganisationValidator : AbstractValidator<FoundOrganisationCommand>
{
    public FoundOrganisationValidator()
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
/// admin has no password yet: <see cref="AdminPasswordLinkQuery"/> gives the link to choose one, which the operator hands over.
/// </summary>
internal sealed class FoundOrganisationHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, UserManager<UserAccount> users)
    : ICommandHandler<FoundOrganisationCommand>
{
    public async Task<Result> HandleAsync(FoundOrganisationCommand command, CancellationToken cancellationToken)
    {
        var email = command.AdminEmail.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Result.Failure(nameof(FoundOrganisationCommand.AdminEmail), "An account already uses this email address.");
        }

        Organisation organisation = null!;
        await changes.ApplyAsync(now =>
        {
            organisation = new Organisation(Guid.NewGuid(), command.Name.Trim(), command.Kind, now);
            db.Organisations.Add(organisation);
            return new Created(organisation.Id);
        }, cancellationToken);
        var admin = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = command.AdminName.Trim(),
            OrganisationId = organisation.Id,
        };
        db.Record(admin.Join(asAdmin: true, changes.Now));
        var created = await users.CreateAsync(admin);
        if (!created.Succeeded)
        {
            return IdentityErrors.ToResult(created, nameof(FoundOrganisationCommand.AdminEmail));
        }

        await users.AddToRoleAsync(admin, organisation.MemberRole);
        return Result.Created(organisation.Id);
    }
}
