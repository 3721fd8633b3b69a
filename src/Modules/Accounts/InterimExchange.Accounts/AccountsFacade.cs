using InterimExchange.Accounts.Features;
using InterimExchange.Accounts.Features.FoundOrganisation;
using InterimExchange.Accounts.Features.Organisations;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts;

internal sealed class AccountsFacade(
    IServiceProvider services,
    AccountsDbContext db,
    InvitedAccounts invitedAccounts,
    OrganisationsHandler organisations,
    FoundOrganisationHandler foundOrganisation) : ModuleEntry<IAccounts>(services), IAccounts
{
    public Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken) =>
        organisations.NameAsync(organisationId, cancellationToken);

    public Task<OrganisationFounded> FoundOrganisationAsync(NewOrganisation request, CancellationToken cancellationToken) =>
        foundOrganisation.HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        TeamMembers.OfAsync(db, organisationId, cancellationToken);

    public Task<Guid> CreateOrganisationAsync(string name, OrganisationKind kind, CancellationToken cancellationToken) =>
        organisations.CreateAsync(name, kind, cancellationToken);

    public Task<Guid?> FindAccountAsync(string email, CancellationToken cancellationToken) =>
        organisations.FindAccountAsync(email, cancellationToken);

    public Task<Result> RegisterInvitedAsync(RegisterInvited request, CancellationToken cancellationToken) =>
        invitedAccounts.CreateAndSignInAsync(request, beforeCommit: null, cancellationToken);

    public Task ExistingAccountSignedUpAsync(string email, string password, string attempt, CancellationToken cancellationToken) =>
        invitedAccounts.ExistingAccountSignedUpAsync(email, password, attempt, cancellationToken);

    public Task<ChosenPassword> ChoosePasswordAsync(string password, CancellationToken cancellationToken) =>
        invitedAccounts.ChoosePasswordAsync(password);
}
