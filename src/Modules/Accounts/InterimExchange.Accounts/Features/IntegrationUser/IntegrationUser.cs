using System.Security.Cryptography;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.IntegrationUser;

/// <summary>The person a token is issued to through an integration of their organisation, with the version of their security.</summary>
internal sealed class IntegrationUserHandler(AccountsDbContext db) : IQueryHandler<IntegrationUserQuery, Contracts.IntegrationUser?>
{
    public async Task<Contracts.IntegrationUser?> HandleAsync(IntegrationUserQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Integrations.AsNoTracking()
            .Where(i => i.ClientId == query.ClientId && i.DisabledAtUtc == null)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { Integration = i.Name, o.Id, o.Kind })
            .Join(db.Users.Where(u => u.Id == query.UserId && u.RemovedAtUtc == null), i => i.Id, u => u.OrganisationId,
                (i, u) => new { u.Id, u.DisplayName, u.Email, OrganisationId = i.Id, i.Kind, i.Integration, u.IsOrganisationAdmin, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new Contracts.IntegrationUser(found.Id, found.DisplayName, found.Email ?? "", found.OrganisationId, found.Kind, found.Integration, found.IsOrganisationAdmin,
                SecurityVersion(found.SecurityStamp));
    }

    /// <summary>A fingerprint of the security stamp: it tells a change without the stamp itself leaving the module.</summary>
    private static string SecurityVersion(string? stamp) =>
        System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp ?? "")).AsSpan(0, 16));
}
