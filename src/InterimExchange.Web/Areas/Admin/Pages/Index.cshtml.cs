namespace InterimExchange.Web.Areas.Admin.Pages;

public sealed class IndexModel(IFirmNetwork firms) : PageModel
{
    public IReadOnlyList<FirmListItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await firms.AskAsync(new VettingQueueQuery(User.Caller()), cancellationToken);
}
