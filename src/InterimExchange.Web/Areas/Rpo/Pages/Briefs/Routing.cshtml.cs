using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks;
using InterimExchange.Routing.Contracts;
using InterimExchange.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>The coordinator's routing page: recommended firms with their reasons, personal notes, dates, and the firms' answers.</summary>
public sealed class RoutingModel(IBriefs briefs, IRouting routing, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public List<Guid> Chosen { get; set; } = [];

    [BindProperty]
    public List<FirmToRoute> Notes { get; set; } = [];

    [BindProperty]
    public DateOnly? RespondBy { get; set; }

    [BindProperty]
    public DateOnly? ProposalsDue { get; set; }

    public string RoleTitle { get; private set; } = "";

    public IReadOnlyList<Recommendation>? Recommendations { get; private set; }

    public IReadOnlyList<RoutedFirmView> Routed { get; private set; } = [];

    public List<Candidate> Candidates { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RespondBy ??= BusinessDays.Add(today, 3);
        ProposalsDue ??= BusinessDays.Add(today, 10);
        return await LoadAsync(preselect: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var chosen = Chosen.Select(id => new FirmToRoute(id, Notes.FirstOrDefault(n => n.FirmId == id)?.Note)).ToList();
        var result = await routing.RouteAsync(new RouteBrief(User.OrganisationId(), Id, User.DisplayName(), RespondBy, ProposalsDue, chosen), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            return await LoadAsync(preselect: false, cancellationToken);
        }

        TempData["Confirmation"] = $"Brief routed to {chosen.Count} firm{(chosen.Count == 1 ? "" : "s")}. Their answers appear here.";
        return Redirect($"/rpo/briefs/{Id}/routing");
    }

    private async Task<IActionResult> LoadAsync(bool preselect, CancellationToken cancellationToken)
    {
        var brief = await briefs.GetBriefAsync(User.OrganisationId(), Id, cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        RoleTitle = brief.RoleTitle;
        Recommendations = await routing.RecommendAsync(User.OrganisationId(), Id, cancellationToken);
        Routed = await routing.RoutedFirmsAsync(User.OrganisationId(), Id, cancellationToken);
        var routed = Routed.Select(r => r.FirmId).ToHashSet();
        foreach (var recommendation in Recommendations?.Where(r => !routed.Contains(r.FirmId)) ?? [])
        {
            Candidates.Add(new Candidate(recommendation.FirmId, recommendation.FirmName, recommendation.Summary, NoteFor(recommendation.FirmId, $"Why we chose you: {recommendation.Summary}.")));
        }

        if (Recommendations is not null && !string.IsNullOrWhiteSpace(Find))
        {
            foreach (var found in await routing.SearchEligibleAsync(Find, cancellationToken))
            {
                if (!routed.Contains(found.FirmId) && Candidates.All(c => c.FirmId != found.FirmId))
                {
                    Candidates.Add(new Candidate(found.FirmId, found.Name, "Added by you: not among the recommendations for this brief.", NoteFor(found.FirmId, "")));
                    Chosen.Add(found.FirmId);
                }
            }
        }

        if (preselect)
        {
            // The three best fits start chosen; the coordinator adjusts.
            Chosen.AddRange(Candidates.Take(3).Select(c => c.FirmId));
        }

        return Page();
    }

    private string NoteFor(Guid firmId, string fallback) => Notes.FirstOrDefault(n => n.FirmId == firmId)?.Note ?? fallback;

    public sealed record Candidate(Guid FirmId, string FirmName, string Why, string Note);
}
