using InterimExchange.BuildingBlocks.Time;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web.Pages.Settings;

/// <summary>
/// The signed-in person's own settings: their name, the address and password they sign in with, the time zone their times are shown
/// in, and the apps they let act for them.
/// </summary>
public sealed class IndexModel(IAccounts accounts, IOptions<SecurityOptions> security, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public Guid? SuccessorId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The colleague who holds the person's work while they are away; null when they hold it.</summary>
    public WorkWithColleague? WorkWith { get; private set; }

    public IReadOnlyList<TeamMemberView> Colleagues { get; private set; } = [];

    /// <summary>The person's signed-in browsers; this one is <see cref="ThisSession"/>.</summary>
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public Guid? ThisSession => Guid.TryParse(User.FindFirst(AccountClaims.SessionId)?.Value, out var id) ? id : null;

    public IReadOnlyList<string> Zones => LocalTimes.Zones;

    public IReadOnlyList<AgreedApp> Apps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TimeZone ??= User.TimeZone();
        DisplayName ??= User.DisplayName();
        Apps = await accounts.AskAsync(new AgreedAppsQuery(User.Caller()), cancellationToken);
        WorkWith = await accounts.AskAsync(new WorkWithQuery(User.Caller()), cancellationToken);
        Sessions = await accounts.AskAsync(new ListSessionsQuery(User.Caller(), clock.GetUtcNow().UtcDateTime - security.Value.AbsoluteSessionLifetime), cancellationToken);
        Colleagues = WorkWith is null ? (await accounts.AskAsync(new MembersQuery(User.OrganisationId()), cancellationToken)).Where(m => m.UserId != User.UserId()).ToList() : [];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new SetTimeZoneCommand(User.Caller(), TimeZone ?? ""), cancellationToken),
            $"Your times are now shown in {TimeZone}.", "/settings", FormAgain(cancellationToken));

    public async Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new ChangeNameCommand(User.Caller(), DisplayName), cancellationToken),
            $"Your name is now {DisplayName?.Trim()}.", "/settings", FormAgain(cancellationToken));

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new RequestEmailChangeCommand(User.Caller(), NewEmail), cancellationToken),
            $"We sent a link to {NewEmail?.Trim()}: follow it within two hours to sign in with that address. Until then you sign in with {User.Email()}.",
            "/settings", FormAgain(cancellationToken));

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SendAsync(new ChangePasswordCommand(User.Caller(), CurrentPassword, NewPassword), cancellationToken);
        return await this.AfterChangeAsync(result, "Your password is changed: every other session of yours has ended.", "/settings", FormAgain(cancellationToken));
    }

    public async Task<IActionResult> OnPostHandOverAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SendAsync(new HandOverWorkCommand(User.Caller(), SuccessorId, Note), cancellationToken);
        var colleague = (await accounts.AskAsync(new WorkWithQuery(User.Caller()), cancellationToken))?.ColleagueName;
        return await this.AfterChangeAsync(result,
            $"Your work is with {colleague} until you take it back: the firms and executives concerned are told who holds it.", "/settings#away", FormAgain(cancellationToken));
    }

    public async Task<IActionResult> OnPostTakeBackAsync(CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new TakeBackWorkCommand(User.Caller()), cancellationToken),
            "Welcome back: what your colleague still held of your work is yours again.", "/settings#away", FormAgain(cancellationToken));

    public async Task<IActionResult> OnPostEndSessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new EndSessionCommand(User.Caller(), sessionId), cancellationToken),
            "That session has ended: the browser is signed out at its next page.", "/settings#sessions", FormAgain(cancellationToken));

    private Func<Task<IActionResult>> FormAgain(CancellationToken cancellationToken) => async () =>
    {
        await OnGetAsync(cancellationToken);
        return Page();
    };

    public async Task<IActionResult> OnPostWithdrawAsync(string agreementId, CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await accounts.SendAsync(new WithdrawAgreementCommand(User.Caller(), agreementId), cancellationToken),
            "The app no longer acts for you: it must ask you again.", "/settings#apps", FormAgain(cancellationToken));
}
