namespace InterimExchange.Web.Areas.Rpo.Pages.Decisions;

/// <summary>The RPO's open items by decision-by date, the ghosting count, and the default dates firms are promised.</summary>
public sealed class IndexModel(IProposals proposals, IRelationships relationships) : PageModel
{
    [BindProperty]
    public int DaysAfterProposalsDue { get; set; }

    [BindProperty]
    public int DaysAfterShortlisting { get; set; }

    public DecisionBoard Board { get; private set; } = null!;

    public ConversationsOwed Conversations { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Board = await proposals.AskAsync(new ViewDecisionsQuery(User.Caller()), cancellationToken);
        Conversations = await relationships.AskAsync(new OwedConversationsQuery(User.Caller()), cancellationToken);
        if (!ModelState.ContainsKey(nameof(DaysAfterProposalsDue)))
        {
            (DaysAfterProposalsDue, DaysAfterShortlisting) = (Board.Policy.DaysAfterProposalsDue, Board.Policy.DaysAfterShortlisting);
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
