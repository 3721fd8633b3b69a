using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

/// <summary>A brief routed to the firm, led by its success criteria; the commercial section is never part of it.</summary>
public sealed class RoutedModel(IFirmInbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public DeclineReason? Reason { get; set; }

    public RoutedBriefView Routed { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var routed = await inbox.GetAsync(User.OrganisationId(), Id, cancellationToken);
        if (routed is null)
        {
            return NotFound();
        }

        Routed = routed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool interested, CancellationToken cancellationToken)
    {
        var result = await inbox.RespondAsync(new RespondToBrief(User.OrganisationId(), Id, interested, Reason, Note), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            return await OnGetAsync(cancellationToken);
        }

        TempData["Confirmation"] = interested ? "Thank you: the coordinator knows you are interested." : "Thank you: the coordinator knows you decline, and why.";
        return Redirect($"/firm/briefs/{Id}");
    }
}
