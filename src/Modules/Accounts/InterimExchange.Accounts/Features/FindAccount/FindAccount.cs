using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.FindAccount;

/// <summary>The account that signs in with an address, for a module that must know whether one does.</summary>
internal sealed class FindAccountHandler(UserManager<UserAccount> users) : IQueryHandler<FindAccountQuery, Guid?>
{
    public async Task<Guid?> HandleAsync(FindAccountQuery query, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(query.Email.Trim()))?.Id;
}
