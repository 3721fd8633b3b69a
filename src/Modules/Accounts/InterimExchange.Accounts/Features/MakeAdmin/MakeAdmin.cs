namespace InterimExchange.Accounts.Features.MakeAdmin;

/// <summary>An admin makes a colleague an admin; the colleague's open sessions carry the role from their next page.</summary>
internal sealed class MakeAdminHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, ChangedAccounts changedAccounts)
{
    public async Task<Result> HandleAsync(AdminGrant request, CancellationToken cancellationToken)
    {
        var by = await db.Users.SingleOrDefaultAsync(u => u.Id == request.ByUserId && u.OrganisationId == request.OrganisationId, cancellationToken);
        var result = by is null ? Result.NotFound() : await changes.ApplyAsync(
            c => db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId && u.OrganisationId == request.OrganisationId && u.RemovedAtUtc == null, c),
            (person, now) => db.Record(person.MakeAdmin(by, now)), cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(request.UserId);
        }

        return result;
    }
}
