namespace InterimExchange.Accounts.Features.RevokeAdmin;

/// <summary>An admin steps down, or takes the role from another admin; the organisation always keeps one.</summary>
internal sealed class RevokeAdminHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, ChangedAccounts changedAccounts)
{
    public async Task<Result> HandleAsync(AdminRevocation request, CancellationToken cancellationToken)
    {
        var by = await db.Users.SingleOrDefaultAsync(u => u.Id == request.ByUserId && u.OrganisationId == request.OrganisationId, cancellationToken);
        var result = by is null ? Result.NotFound() : await changes.ApplyAsync(
            c => db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId && u.OrganisationId == request.OrganisationId && u.RemovedAtUtc == null, c),
            async (person, now) =>
            {
                var admins = await db.Users.CountAsync(u => u.OrganisationId == request.OrganisationId && u.IsOrganisationAdmin, cancellationToken);
                return (object?)db.Record(person.RevokeAdmin(by, admins, now));
            }, cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(request.UserId);
        }

        return result;
    }
}
