using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RevokeAdmin;

/// <summary>No rules: the admin's id is the only input, and one not of the caller's organisation is not found.</summary>
internal sealed class RevokeAdminValidator : AbstractValidator<RevokeAdminCommand>;

/// <summary>An admin steps down, or takes the role from another admin; the organisation always keeps one.</summary>
internal sealed class RevokeAdminHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, ChangedAccounts changedAccounts) : ICommandHandler<RevokeAdminCommand>
{
    public async Task<Result> HandleAsync(RevokeAdminCommand command, CancellationToken cancellationToken)
    {
        var organisationId = command.By.OrganisationId;
        var by = await db.Users.SingleOrDefaultAsync(u => u.Id == command.By.UserId && u.OrganisationId == organisationId, cancellationToken);
        var result = by is null ? Result.NotFound() : await changes.ApplyAsync(
            c => db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.OrganisationId == organisationId && u.RemovedAtUtc == null, c),
            async (person, now) =>
            {
                var admins = await db.Users.CountAsync(u => u.OrganisationId == organisationId && u.IsOrganisationAdmin, cancellationToken);
                return (object?)db.Record(person.RevokeAdmin(by, admins, now));
            }, cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(command.UserId);
        }

        return result;
    }
}
