namespace InterimExchange.Web.Areas.Admin.Pages;

public sealed class IndexModel(IVetting vetting) : PageModel
{
    public IReadOnlyList<FirmListItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await vetting.QueueAsync(cancellationToken);
}
