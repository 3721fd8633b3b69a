using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Organisation;

/// <summary>An organisation's admin sets the organisation's own OpenID Connect provider for its people's sign-in.</summary>
public sealed class SignInModel(IAccounts accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Issuer { get; set; }

    [BindProperty]
    public string? ClientId { get; set; }

    [BindProperty]
    public string? ClientSecret { get; set; }

    [BindProperty]
    public string? EmailDomain { get; set; }

    public SingleSignOnView? Current { get; private set; }

    public bool CanManage => User.IsOrganisationAdmin();

    /// <summary>The address to register at the provider as this app's redirect URI.</summary>
    public string Callback => $"{Request.Scheme}://{Request.Host}{SingleSignOn.CallbackPrefix}{User.OrganisationId():N}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await accounts.AskAsync(new SingleSignOnSettingsQuery(User.Caller()), cancellationToken);
        Issuer ??= Current?.Issuer;
        ClientId ??= Current?.ClientId;
        EmailDomain ??= Current?.EmailDomain;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new SaveSingleSignOnCommand(User.Caller(), Issuer, ClientId, ClientSecret, EmailDomain), cancellationToken);
        var proved = result.Succeeded && (await accounts.AskAsync(new SingleSignOnSettingsQuery(User.Caller()), cancellationToken))?.DomainProved == true;
        var domain = EmailDomain?.Trim().TrimStart('@').ToLowerInvariant();
        return await this.AfterChangeAsync(result,
            proved ? $"Your people at {domain} can now sign in through your provider." : $"Saved. Prove that {domain} is yours with the TXT record below: until then your people sign in with their passwords.",
            "/organisation/sign-in", async () => { await OnGetAsync(cancellationToken); return Page(); });
    }

    /// <summary>"Check now": reads the domain's TXT records and, when one holds the token, lets the provider sign in its people.</summary>
    public async Task<IActionResult> OnPostProveAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new ProveDomainCommand(User.Caller()), cancellationToken);
        return await this.AfterChangeAsync(result, "Your domain is proved: your people can now sign in through your provider.", "/organisation/sign-in",
            async () => { await OnGetAsync(cancellationToken); return Page(); });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        !await IsAdminAsync() ? Forbid()
        : await this.AfterChangeAsync(await accounts.SendAsync(new RemoveSingleSignOnCommand(User.Caller()), cancellationToken),
            "Your people sign in with their passwords again.", "/organisation/sign-in", async () => { await OnGetAsync(cancellationToken); return Page(); });

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Portals.OrganisationAdmin)).Succeeded;
}
