namespace InterimExchange.Web.Pages;

/// <summary>
/// A brief routed to the signed-in organisation, led by its success criteria, and its answer: a firm reads it in the firm
/// portal, an RPO's own sourcing team in the RPO portal. The commercial section is never part of it.
/// </summary>
public abstract class RoutedBriefPageModel(IProposals proposals, IRelationships relationships, IInsights insights,
    IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public DeclineReason? Reason { get; set; }

    public RoutedBriefView Routed { get; private set; } = null!;

    /// <summary>Where the firm stands: the decisions it awaits, by when, and everything that happened so far.</summary>
    public FirmTimeline Timeline { get; private set; } = new([], []);

    /// <summary>The engagement this organisation's candidate started on the brief, when it was selected.</summary>
    public EngagementView? Engagement { get; private set; }

    /// <summary>The conversations about this brief the reader takes part in.</summary>
    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    /// <summary>How the RPO that routed the brief keeps its decision dates, and its name.</summary>
    public (PromiseRecord Record, string RpoName) Promises { get; private set; }

    /// <summary>Where the engagement's page is in this portal.</summary>
    public abstract string EngagementPath { get; }

    /// <summary>Where the list of routed briefs is, and what it is called.</summary>
    public abstract (string Path, string Title) Inbox { get; }

    /// <summary>How the page speaks of the organisation answering: "your firm", "your sourcing team".</summary>
    public abstract string Answerer { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var routed = await proposals.AskAsync(new ViewRoutedBriefQuery(User.Caller(), Id), cancellationToken);
        if (routed is null)
        {
            return NotFound();
        }

        Routed = routed;
        Timeline = await proposals.AskAsync(new ViewFirmTimelineQuery(User.Caller(), Id), cancellationToken) ?? Timeline;
        Engagement = await proposals.AskAsync(new ViewEngagementAsFirmQuery(User.Caller(), Id), cancellationToken);
        Conversations = User.Party() is { } viewer ? await relationships.AskAsync(new ConversationsForBriefQuery(viewer, Id), cancellationToken) : [];
        Promises = (await insights.AskAsync(new PromisesQuery(routed.RpoOrganisationId), cancellationToken),
            await accounts.AskAsync(new OrganisationNameQuery(routed.RpoOrganisationId), cancellationToken) ?? "The RPO");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool interested, CancellationToken cancellationToken)
    {
        var result = await proposals.SendAsync(new RespondToRoutedBriefCommand(User.Caller(), Id, interested, Reason, Note), cancellationToken);
        return await this.AfterChangeAsync(result,
            interested ? "Thank you: the coordinator knows you are interested." : "Thank you: the coordinator knows you decline, and why.",
            Request.Path, () => OnGetAsync(cancellationToken));
    }
}
