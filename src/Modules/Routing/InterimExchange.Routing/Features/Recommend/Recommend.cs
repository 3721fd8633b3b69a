using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Data;
using InterimExchange.Routing.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Routing.Features.Recommend;

internal sealed class RecommendHandler(RoutingDbContext db, TimeProvider clock, Features.Routings.RouteBriefHandler route) : IRouting
{
    public async Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The database narrows to firms that can be eligible; fit is scored in memory, where the specialism lists are.
        var candidates = await db.Firms.AsNoTracking()
            .Where(f => !f.Suspended && !f.Expired && f.ValidUntil >= today && f.InsuranceExpiresOn >= today && f.OpenBriefs < f.Capacity)
            .ToListAsync(cancellationToken);
        return Recommender.Rank(brief, candidates, today);
    }

    public Task<InterimExchange.BuildingBlocks.Results.Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken) =>
        route.RouteAsync(request, cancellationToken);

    public Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        route.RoutedFirmsAsync(rpoId, briefId, cancellationToken);

    public Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(string name, CancellationToken cancellationToken) =>
        route.SearchEligibleAsync(name, cancellationToken);
}
