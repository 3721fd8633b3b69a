namespace InterimExchange.Web.Areas.Firm.Pages;

/// <summary>The firm's home: where its vetting stands and what to do next.</summary>
public sealed class IndexModel(IFirmNetwork firms, IProposals proposals, IRelationships relationships) : PageModel
{
    [BindProperty]
    public string? Answer { get; set; }

    public FirmView? Firm { get; private set; }

    public IReadOnlyList<InboxItemView> Inbox { get; private set; } = [];

    public ConversationsOwed Conversations { get; private set; } = null!;

    /// <summary>The few conversations agreed and to come, soonest first.</summary>
    public ConversationListPage Upcoming { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Firm = await firms.AskAsync(new OwnFirmQuery(User.Caller()), cancellationToken);
        // What a firm already holds stays visible, whatever its vetting status now.
        Inbox = await proposals.AskAsync(new ViewInboxQuery(User.Caller()), cancellationToken);
        Conversations = await relationships.AskAsync(new OwedConversationsQuery(User.Caller()), cancellationToken);
        Upcoming = await relationships.AskAsync(new ListConversationsQuery(User.Caller(), ConversationList.Upcoming, 1, InterimExchange.Web.Pages.Conversations.IndexModel.OnHome), cancellationToken);
    }

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new AnswerVettingQuestionCommand(User.Caller(), Answer ?? ""), cancellationToken),
            "Answer sent. The review resumes.", cancellationToken);

    public Task<IActionResult> OnPostRevetAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new AskForRevettingCommand(User.Caller()), cancellationToken),
            "Re-vetting asked for. A vetting officer will review your firm.", cancellationToken);

    private async Task<IActionResult> DoAsync(Task<Result> action, string confirmation, CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await action, confirmation, "/firm", async () =>
        {
            await OnGetAsync(cancellationToken);
            return Page();
        });
}
