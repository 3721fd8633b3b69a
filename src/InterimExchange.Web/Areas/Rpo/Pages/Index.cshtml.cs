using InterimExchange.BuildingBlocks.Persistence;

namespace InterimExchange.Web.Areas.Rpo.Pages;

public sealed class IndexModel(IBriefs briefs, IProposals proposals, IRelationships relationships) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public BriefStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BriefPage Briefs { get; private set; } = new([], 1, 20, RowCount.None);

    public PromisesOwed Owed { get; private set; } = null!;

    /// <summary>The few conversations agreed and to come, soonest first.</summary>
    public ConversationListPage Upcoming { get; private set; } = null!;

    public KeepInTouchPage KeepInTouch { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Briefs = await briefs.AskAsync(new ListBriefsQuery(User.OrganisationId(), Status, Search, PageNumber), cancellationToken);
        Owed = await PromisesOwed.AskAsync(proposals, relationships, User.Caller(), cancellationToken);
        Upcoming = await relationships.AskAsync(new ListConversationsQuery(User.Caller(), ConversationList.Upcoming, 1, InterimExchange.Web.Pages.Conversations.IndexModel.OnHome), cancellationToken);
        KeepInTouch = await relationships.AskAsync(new KeepInTouchQuery(User.Caller(), 1, 5), cancellationToken);
    }

    public string PageLink(int page) => "/rpo" + QueryString.Create(new Dictionary<string, string?>
    {
        ["search"] = Search,
        ["status"] = Status?.ToString(),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
