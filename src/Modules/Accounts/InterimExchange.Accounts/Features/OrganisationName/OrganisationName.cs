using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.OrganisationName;

/// <summary>An organisation's name, as other modules show it.</summary>
internal sealed class OrganisationNameHandler(AccountsDbContext db) : IQueryHandler<OrganisationNameQuery, string?>
{
    public Task<string?> HandleAsync(OrganisationNameQuery query, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == query.OrganisationId).Select(o => (string?)o.Name).SingleOrDefaultAsync(cancellationToken);
}
