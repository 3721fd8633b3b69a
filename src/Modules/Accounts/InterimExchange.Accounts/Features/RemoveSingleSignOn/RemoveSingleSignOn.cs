using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RemoveSingleSignOn;

/// <summary>No rules: the caller is the only input.</summary>
internal sealed class RemoveSingleSignOnValidator : AbstractValidator<RemoveSingleSignOnCommand>;

/// <summary>An admin removes their organisation's provider.</summary>
internal sealed class RemoveSingleSignOnHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<RemoveSingleSignOnCommand>
{
    public Task<Result> HandleAsync(RemoveSingleSignOnCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => ProvedProviders.OfAdminAsync(db, command.By, c), object? (settings, _) =>
        {
            db.OrganisationSignIns.Remove(settings);
            return null;
        }, cancellationToken);
}
