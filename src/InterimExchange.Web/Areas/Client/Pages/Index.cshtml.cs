namespace InterimExchange.Web.Areas.Client.Pages;

public sealed class IndexModel(IBriefs briefings, IProposals proposals, IRelationships relationships) : PageModel
{
    public IReadOnlyList<ClientBriefingItem> Briefings { get; private set; } = [];

    /// <summary>The engagement reviews the executive owes, soonest first.</summary>
    public IReadOnlyList<ReviewDueView> ReviewsDue { get; private set; } = [];

    public ConversationsOwed Conversations { get; private set; } = null!;

    /// <summary>The few conversations agreed and to come, soonest first.</summary>
    public ConversationListPage Upcoming { get; private set; } = null!;

    public RelationshipPage Relationships { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Briefings = await briefings.AskAsync(new ClientBriefingsQuery(User.UserId()), cancellationToken);
        ReviewsDue = await proposals.AskAsync(new ViewReviewsDueQuery(User.Caller()), cancellationToken);
        Conversations = await relationships.AskAsync(new OwedConversationsQuery(User.Caller()), cancellationToken);
        Upcoming = await relationships.AskAsync(new ListConversationsQuery(User.Caller(), ConversationList.Upcoming, 1, InterimExchange.Web.Pages.Conversations.IndexModel.OnHome), cancellationToken);
        Relationships = await relationships.AskAsync(new ListRelationshipsQuery(User.Caller(), 1), cancellationToken);
    }
}
