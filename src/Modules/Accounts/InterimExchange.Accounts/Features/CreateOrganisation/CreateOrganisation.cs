using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.CreateOrganisation;

/// <summary>No rules: the module that asks has checked the name against its own form's rules.</summary>
internal sealed class CreateOrganisationValidator : AbstractValidator<CreateOrganisationCommand>;

/// <summary>Creates an organisation with no one in it yet, for example the client company an RPO adds; its id is the answer's.</summary>
internal sealed class CreateOrganisationHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<CreateOrganisationCommand>
{
    public Task<Result> HandleAsync(CreateOrganisationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(now =>
        {
            var organisation = new Organisation(Guid.NewGuid(), command.Name.Trim(), command.Kind, now);
            db.Organisations.Add(organisation);
            return new Created(organisation.Id);
        }, cancellationToken);
}
