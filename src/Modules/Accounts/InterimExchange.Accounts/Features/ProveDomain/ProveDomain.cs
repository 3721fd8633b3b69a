using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ProveDomain;

/// <summary>No rules: the caller is the only input.</summary>
internal sealed class ProveDomainValidator : AbstractValidator<ProveDomainCommand>;

/// <summary>Reads the TXT records of the organisation's domain now, and marks the domain proved when one holds its token.</summary>
internal sealed class ProveDomainHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, DomainRecords domainRecords) : ICommandHandler<ProveDomainCommand>
{
    public Task<Result> HandleAsync(ProveDomainCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => ProvedProviders.OfAdminAsync(db, command.By, c), async (settings, _) =>
        {
            settings.ProveDomain(await domainRecords.TxtAsync(settings.EmailDomain, cancellationToken),
                await ProvedProviders.ProvedByAnotherAsync(db, command.By.OrganisationId, settings.EmailDomain, cancellationToken));
            return (object?)null;
        }, cancellationToken);
}
