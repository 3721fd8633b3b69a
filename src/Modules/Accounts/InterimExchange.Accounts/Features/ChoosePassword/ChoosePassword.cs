using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ChoosePassword;

/// <summary>Checks a password chosen before its account exists against the rules of passwords and hashes it; changes nothing.</summary>
internal sealed class ChoosePasswordHandler(InvitedAccounts invitedAccounts) : IQueryHandler<ChoosePasswordQuery, ChosenPassword>
{
    public Task<ChosenPassword> HandleAsync(ChoosePasswordQuery query, CancellationToken cancellationToken) =>
        invitedAccounts.ChoosePasswordAsync(query.Password);
}
