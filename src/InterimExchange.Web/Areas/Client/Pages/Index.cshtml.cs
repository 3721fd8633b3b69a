namespace InterimExchange.Web.Areas.Client.Pages;

public sealed class IndexModel(IClientBriefings briefings) : PageModel
{
    public IReadOnlyList<ClientBriefingItem> Briefings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Briefings = await briefings.ListAsync(User.UserId(), cancellationToken);
}
