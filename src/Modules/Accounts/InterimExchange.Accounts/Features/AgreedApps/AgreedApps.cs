using InterimExchange.BuildingBlocks.UseCases;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Accounts.Features.AgreedApps;

/// <summary>The apps the caller agreed may act for them, newest first.</summary>
internal sealed class AgreedAppsHandler(AccountsDbContext db) : IQueryHandler<AgreedAppsQuery, IReadOnlyList<AgreedApp>>
{
    public async Task<IReadOnlyList<AgreedApp>> HandleAsync(AgreedAppsQuery query, CancellationToken cancellationToken)
    {
        var subject = query.By.UserId.ToString();
        var agreed = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization>().AsNoTracking()
            .Where(a => a.Subject == subject && a.Status == Statuses.Valid && a.Type == AuthorizationTypes.Permanent)
            .OrderByDescending(a => a.CreationDate)
            .Select(a => new { a.Id, App = a.Application!.DisplayName, a.Scopes, a.CreationDate })
            .Take(100)
            .ToListAsync(cancellationToken);
        return [.. agreed.Select(a => new AgreedApp(a.Id!, a.App ?? "", System.Text.Json.JsonSerializer.Deserialize<string[]>(a.Scopes ?? "[]") ?? [], a.CreationDate))];
    }
}
