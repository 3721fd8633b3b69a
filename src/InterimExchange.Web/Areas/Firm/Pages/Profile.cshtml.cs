namespace InterimExchange.Web.Areas.Firm.Pages;

public sealed class ProfileModel(IFirmNetwork firms) : PageModel
{
    [BindProperty]
    public FirmProfileInput Profile { get; set; } = new();

    public FirmStatus? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var firm = await firms.AskAsync(new OwnFirmQuery(User.Caller()), cancellationToken);
        if (firm is null)
        {
            return NotFound();
        }

        Profile = firm.Profile;
        Status = firm.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await firms.SendAsync(new UpdateFirmProfileCommand(User.Caller(), Profile), cancellationToken);
        return await this.AfterChangeAsync(result, "Profile saved.", "/firm", async () =>
        {
            Status = (await firms.AskAsync(new OwnFirmQuery(User.Caller()), cancellationToken))?.Status;
            return Page();
        });
    }
}
