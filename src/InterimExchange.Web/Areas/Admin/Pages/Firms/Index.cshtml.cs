namespace InterimExchange.Web.Areas.Admin.Pages.Firms;

public sealed class IndexModel(IFirmNetwork firms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FirmStatus? Status { get; set; }

    public IReadOnlyList<FirmListItem> Firms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Firms = await firms.AskAsync(new ListFirmsQuery(User.Caller(), Status), cancellationToken);
}
