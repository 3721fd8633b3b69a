namespace InterimExchange.Web.Areas.Client.Pages;

public sealed class IndexModel(IClientBriefings briefings, IProposals proposals, IConversations conversations, IRelationships relationships) : PageModel
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
        Briefings = await briefings.ListAsync(User.UserId(), cancellationToken);
        ReviewsDue = await proposals.AskAsync(new ViewReviewsDueQuery(User.Caller()), cancellationToken);
        Conversations = await conversations.OwedAsync(User.Viewer()!, cancellationToken);
        Upcoming = await conversations.ListAsync(User.Viewer()!, ConversationList.Upcoming, 1, InterimExchange.Web.Pages.Conversations.IndexModel.OnHome, cancellationToken);
        Relationships = await relationships.ListAsync(User.Viewer()!, 1, cancellationToken);
    }
}
