using System.Globalization;

namespace InterimExchange.Web.Pages.Conversations;

/// <summary>
/// The signed-in person's conversations, the same page in every portal whose people take part in them: agreed and to come, awaiting
/// an answer (theirs or the other side's), and past with what became of them. Each list pages on its own. Someone with no side in
/// conversations (a vetting officer) gets a 404.
/// </summary>
public sealed class IndexModel(IRelationships relationships) : PageModel
{
    public const int PageSize = 10;

    /// <summary>How many upcoming conversations a portal's home shows before "See all conversations".</summary>
    public const int OnHome = 3;

    [BindProperty(SupportsGet = true, Name = "upcoming")]
    public int UpcomingPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "awaiting")]
    public int AwaitingPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "past")]
    public int PastPage { get; set; } = 1;

    public ConversationListPage Upcoming { get; private set; } = null!;

    public ConversationListPage Awaiting { get; private set; } = null!;

    public ConversationListPage Past { get; private set; } = null!;

    /// <summary>Where the person asks for a conversation: their relationships.</summary>
    public string Relationships { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer)
        {
            return NotFound();
        }

        Upcoming = await relationships.AskAsync(new ListConversationsQuery(viewer, ConversationList.Upcoming, UpcomingPage, PageSize), cancellationToken);
        Awaiting = await relationships.AskAsync(new ListConversationsQuery(viewer, ConversationList.Awaiting, AwaitingPage, PageSize), cancellationToken);
        Past = await relationships.AskAsync(new ListConversationsQuery(viewer, ConversationList.Past, PastPage, PageSize), cancellationToken);
        Relationships = viewer.Kind switch
        {
            OrganisationKind.RpoProvider => "/rpo/relationships",
            OrganisationKind.SpecialistFirm => "/firm/relationships",
            _ => "/client/relationships",
        };
        return Page();
    }

    /// <summary>This page with one list moved to <paramref name="page"/>, the others where they are; the link lands on that list.</summary>
    public string PageLink(ConversationList list, int page)
    {
        string Of(ConversationList which, int current) => (which == list ? page : current).ToString(CultureInfo.InvariantCulture);
        return "/conversations" + QueryString.Create(new Dictionary<string, string?>
        {
            ["upcoming"] = Of(ConversationList.Upcoming, Upcoming.Page),
            ["awaiting"] = Of(ConversationList.Awaiting, Awaiting.Page),
            ["past"] = Of(ConversationList.Past, Past.Page),
        }).ToUriComponent() + "#" + list.ToString().ToLowerInvariant();
    }
}
