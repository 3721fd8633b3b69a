namespace InterimExchange.Web.Areas.Rpo.Pages.Decisions;

/// <summary>The RPO's open items by decision-by date, the ghosting count, and the default dates firms are promised.</summary>
public sealed class IndexModel(IProposals proposals, IRelationships relationships) : PageModel
{
    [BindProperty]
    public int DaysAfterProposalsDue { get; set; }

    [BindProperty]
    public int DaysAfterShortlisting { get; set; }

    public PromisesOwed Owed { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Owed = await PromisesOwed.AskAsync(proposals, relationships, User.Caller(), cancellationToken);
        if (!ModelState.ContainsKey(nameof(DaysAfterProposalsDue)))
        {
            (DaysAfterProposalsDue, DaysAfterShortlisting) = (Owed.Board.Policy.DaysAfterProposalsDue, Owed.Board.Policy.DaysAfterShortlisting);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await proposals.SendAsync(new SetDecisionPolicyCommand(User.Caller(), DaysAfterProposalsDue, DaysAfterShortlisting), cancellationToken)
            : BuildingBlocks.Results.Result.Success;
        if (!ModelState.IsValid || ModelState.AddErrors(result, prefix: ""))
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = "Default dates saved: briefs routed from now on promise them.";
        return Redirect("/rpo/decisions");
    }
}
