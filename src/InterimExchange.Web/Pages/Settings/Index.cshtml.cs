using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Web.Pages.Settings;

/// <summary>The signed-in person's own settings: the time zone their times are shown in, and the apps they let act for them.</summary>
public sealed class IndexModel(IAccounts accounts, IIntegrations integrations) : PageModel
{
    [BindProperty]
    public string? TimeZone { get; set; }

    public IReadOnlyList<string> Zones => LocalTimes.Zones;

    public IReadOnlyList<AgreedApp> Apps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TimeZone ??= User.TimeZone();
        Apps = await integrations.AgreedAppsAsync(User.UserId(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SetTimeZoneAsync(User.UserId(), TimeZone ?? "", cancellationToken),
            $"Your times are now shown in {TimeZone}.", "/settings", async () => { await OnGetAsync(cancellationToken); return Page(); });

    public async Task<IActionResult> OnPostWithdrawAsync(string agreementId, CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await integrations.WithdrawAgreementAsync(User.UserId(), agreementId, cancellationToken),
            "The app no longer acts for you: it must ask you again.", "/settings#apps", async () => { await OnGetAsync(cancellationToken); return Page(); });
}
