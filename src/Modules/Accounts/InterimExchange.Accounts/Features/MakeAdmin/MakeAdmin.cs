using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.MakeAdmin;

/// <summary>No rules: the colleague's id is the only input, and one not of the caller's organisation is not found.</summary>
internal sealed class MakeAdminValidator : AbstractValidator<MakeAdminCommand>;

/// <summary>An admin makes a colleague an admin; the colleague's open sessions carry the role from their next page.</summary>
internal sealed class MakeAdminHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, ChangedAccounts changedAccounts) : ICommandHandler<MakeAdminCommand>
{
    public async Task<Result> HandleAsync(MakeAdminCommand command, CancellationToken cancellationToken)
    {
        var organisationId = command.By.OrganisationId;
        var by = await db.Users.SingleOrDefaultAsync(u => u.Id == command.By.UserId && u.OrganisationId == organisationId, cancellationToken);
        var result = by is null ? Result.NotFound() : await changes.ApplyAsync(
            c => db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.OrganisationId == organisationId && u.RemovedAtUtc == null, c),
            (person, now) => db.Record(person.MakeAdmin(by, now)), cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(command.UserId);
        }

        return result;
    }
}
