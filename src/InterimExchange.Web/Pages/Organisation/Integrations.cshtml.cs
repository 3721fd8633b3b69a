using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Organisation;

/// <summary>
/// An RPO's or a firm's admin registers the systems that use the API for the organisation: the secret is shown once, in the
/// answer to registering or rotating, and is stored only hashed. Everyone in the organisation sees the list.
/// </summary>
public sealed class IntegrationsModel(IAccounts accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public List<string> GrantTypes { get; set; } = [IntegrationGrants.ClientCredentials];

    /// <summary>One address per line (or separated by spaces).</summary>
    [BindProperty]
    public string? RedirectUris { get; set; }

    [BindProperty]
    public bool Public { get; set; }

    public IReadOnlyList<IntegrationView> Integrations { get; private set; } = [];

    /// <summary>The client id and secret just issued; shown in this answer only.</summary>
    public IntegrationSecret? Issued { get; private set; }

    public IReadOnlyList<string> Allowed => ApiScopes.For(User.OrganisationKind());

    public bool CanManage => User.IsOrganisationAdmin() && Allowed.Count > 0;

    /// <summary>The integration a new secret or disabling waits on the admin's confirmation for, and which of the two.</summary>
    public (IntegrationView Integration, string Action)? Confirming { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Integrations = await accounts.AskAsync(new ListIntegrationsQuery(User.Caller()), cancellationToken);

    /// <summary>"New secret" and "Disable" break the system using the integration: each asks first, on this page.</summary>
    public Task<IActionResult> OnGetRotateAsync(Guid integrationId, CancellationToken cancellationToken) => ConfirmAsync(integrationId, "Rotate", cancellationToken);

    public Task<IActionResult> OnGetDisableAsync(Guid integrationId, CancellationToken cancellationToken) => ConfirmAsync(integrationId, "Disable", cancellationToken);

    private async Task<IActionResult> ConfirmAsync(Guid integrationId, string action, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        await OnGetAsync(cancellationToken);
        if (Integrations.FirstOrDefault(i => i.Id == integrationId && i.DisabledAtUtc is null && !(action == "Rotate" && i.Public)) is not { } integration)
        {
            return NotFound();
        }

        Confirming = (integration, action);
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var secret = Public ? null : RegisterIntegrationCommand.NewSecret();
        var result = await accounts.SendAsync(new RegisterIntegrationCommand(User.Caller(), Name ?? "", Scopes, GrantTypes,
            (RedirectUris ?? "").Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries), Public, secret), cancellationToken);
        var issued = result.Succeeded ? new IntegrationSecret(result, RegisterIntegrationCommand.ClientIdOf(result.Id!.Value), secret) : new IntegrationSecret(result);
        return await ShowAsync(issued, $"Integration \"{Name?.Trim()}\" registered.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var secret = RegisterIntegrationCommand.NewSecret();
        var result = await accounts.SendAsync(new RotateIntegrationSecretCommand(User.Caller(), integrationId, secret), cancellationToken);
        var issued = result.Succeeded ? new IntegrationSecret(result, RegisterIntegrationCommand.ClientIdOf(integrationId), secret) : new IntegrationSecret(result);
        return await ShowAsync(issued, "New secret issued: the old one no longer works.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new DisableIntegrationCommand(User.Caller(), integrationId), cancellationToken);
        return await this.AfterChangeAsync(result, "Integration disabled: it gets no new token, and its tokens no longer work.", "/organisation/integrations",
            async () => { await OnGetAsync(cancellationToken); return Page(); });
    }

    /// <summary>The secret is in this answer and nowhere else: no redirect, so that it never travels in a cookie or a URL.</summary>
    private async Task<IActionResult> ShowAsync(IntegrationSecret issued, string confirmation, CancellationToken cancellationToken)
    {
        if (issued.Result.IsNotFound)
        {
            return NotFound();
        }

        if (!ModelState.AddErrors(issued.Result, prefix: ""))
        {
            Issued = issued;
            TempData["Confirmation"] = confirmation;
            // The form starts empty again, so that registering twice is a choice, not the form's leftover.
            ModelState.Clear();
            Name = null;
            Scopes = [];
            GrantTypes = [IntegrationGrants.ClientCredentials];
            RedirectUris = null;
            Public = false;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Portals.OrganisationAdmin)).Succeeded;
}
