using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Web.Pages.Settings;

/// <summary>The signed-in person's own settings: the time zone their times are shown in.</summary>
public sealed class IndexModel(IAccounts accounts) : PageModel
{
    [BindProperty]
    public string? TimeZone { get; set; }

    public IReadOnlyList<string> Zones => LocalTimes.Zones;

    public void OnGet() => TimeZone = User.TimeZone();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SetTimeZoneAsync(User.UserId(), TimeZone ?? "", cancellationToken),
            $"Your times are now shown in {TimeZone}.", "/settings", () => Task.FromResult<IActionResult>(Page()));
}
