using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts;

internal sealed class AccountsEntry(IServiceProvider services) : ModuleEntry<IAccounts>(services), IAccounts;
