using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Features.Exclusions;
using InterimExchange.Routing.Features.Recommend;
using InterimExchange.Routing.Features.Routings;

namespace InterimExchange.Routing;

internal sealed class RoutingFacade(RecommendHandler recommend, RouteBriefHandler route, ExclusionsHandler exclusions) : IRouting
{
    public Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        recommend.RecommendAsync(rpoId, briefId, cancellationToken);

    public Task<Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken) => route.RouteAsync(request, cancellationToken);

    public Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        route.RoutedFirmsAsync(rpoId, briefId, cancellationToken);

    public Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(Guid rpoId, Guid briefId, string name, CancellationToken cancellationToken) =>
        route.SearchEligibleAsync(rpoId, briefId, name, cancellationToken);

    public Task<IReadOnlyList<ExclusionView>> ExclusionsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        exclusions.ListAsync(rpoId, briefId, cancellationToken);

    public Task<Result> ExcludeAsync(ExcludeFirm request, CancellationToken cancellationToken) => exclusions.ExcludeAsync(request, cancellationToken);

    public Task<Result> LiftExclusionAsync(Guid rpoId, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        exclusions.LiftAsync(rpoId, briefId, firmId, cancellationToken);
}
