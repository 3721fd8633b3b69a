namespace InterimExchange.Web.Areas.Admin.Pages.Firms;

public sealed class IndexModel(IVetting vetting) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FirmStatus? Status { get; set; }

    public IReadOnlyList<FirmListItem> Firms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Firms = await vetting.ListAsync(Status, cancellationToken);
}
