using InterimExchange.Routing.Features.ExcludeFirm;
using InterimExchange.Routing.Features.LiftExclusion;
using InterimExchange.Routing.Features.Recommend;
using InterimExchange.Routing.Features.RouteToFirms;
using InterimExchange.Routing.Features.ViewRouting;

namespace InterimExchange.Routing;

internal sealed class RoutingFacade(
    RecommendHandler recommend,
    RouteBriefHandler route,
    ViewRoutingHandler views,
    ExcludeFirmHandler exclude,
    LiftExclusionHandler lift) : IRouting
{
    public Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        recommend.RecommendAsync(rpoId, briefId, cancellationToken);

    public Task<Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken) => route.RouteAsync(request, cancellationToken);

    public Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        views.RoutedFirmsAsync(rpoId, briefId, cancellationToken);

    public Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(Guid rpoId, Guid briefId, string name, CancellationToken cancellationToken) =>
        views.SearchEligibleAsync(rpoId, briefId, name, cancellationToken);

    public Task<IReadOnlyList<ExclusionView>> ExclusionsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        views.ExclusionsAsync(rpoId, briefId, cancellationToken);

    public Task<Result> ExcludeAsync(ExcludeFirm request, CancellationToken cancellationToken) => exclude.HandleAsync(request, cancellationToken);

    public Task<Result> LiftExclusionAsync(Guid rpoId, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        lift.HandleAsync(rpoId, briefId, firmId, cancellationToken);
}
