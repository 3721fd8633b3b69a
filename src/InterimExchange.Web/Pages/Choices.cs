using InterimExchange.BuildingBlocks.Taxonomy;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace InterimExchange.Web.Pages;

/// <summary>The options of the forms' drop-downs, from the shared taxonomy and the briefs' vocabulary.</summary>
internal static class Choices
{
    public static IEnumerable<SelectListItem> From(IReadOnlyList<TaxonomyItem> items) =>
        items.Select(item => new SelectListItem(item.Name, item.Code));

    public static IEnumerable<SelectListItem> Horizons { get; } =
        Enum.GetValues<Horizon>().Select(h => new SelectListItem(h.Describe(), h.ToString()));

    public static IEnumerable<SelectListItem> RemotePolicies { get; } =
        Enum.GetValues<RemotePolicy>().Select(p => new SelectListItem(p.Describe(), p.ToString()));

    public static IEnumerable<SelectListItem> Statuses { get; } =
        Enum.GetValues<BriefStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString()));
}

/// <summary>What the briefing summary shows: the briefing, and the commercial section only where the reader may see it.</summary>
internal sealed record BriefingSummary(BriefingContent Briefing, CommercialView? Commercial);
