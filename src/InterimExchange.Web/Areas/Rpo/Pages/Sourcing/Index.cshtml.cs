namespace InterimExchange.Web.Areas.Rpo.Pages.Sourcing;

/// <summary>The briefs the RPO routed to its own sourcing team, which proposes alongside the specialist firms.</summary>
public sealed class IndexModel(IProposals proposals) : PageModel
{
    public IReadOnlyList<InboxItemView> Inbox { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Inbox = await proposals.AskAsync(new ViewInboxQuery(User.Caller()), cancellationToken);
}
