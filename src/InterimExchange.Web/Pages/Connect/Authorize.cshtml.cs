using System.Collections.Immutable;
using System.Security.Claims;
using InterimExchange.Web.Api;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Web.Pages.Connect;

/// <summary>
/// The authorization endpoint: an app asks to act for the person signed in. They sign in if need be, then see what the app
/// would be allowed, in plain words, and agree or refuse. Their agreement is kept, so the app is not asked about again until
/// it asks for more. Only people of the organisation that registered the app can let it act for them.
/// </summary>
public sealed class AuthorizeModel(IAccounts accounts, IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations)
    : PageModel
{
    public string App { get; private set; } = "";

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>The request's parameters, carried through the form.</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> RequestParameters => Api.OpenIdServer.RequestParameters(Request);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => DecideAsync(consenting: false, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) => DecideAsync(consenting: true, cancellationToken);

    /// <summary>The person refused: the app is told so (access_denied) at its own address.</summary>
    public IActionResult OnPostDeny()
    {
        HttpContext.AllowFormsTo(HttpContext.GetOpenIddictServerRequest()?.RedirectUri);
        return Forbid(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IActionResult> DecideAsync(bool consenting, CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request is missing.");

        // Every answer here leads to the app's registered address (OpenIddict checked it): the consent form, or OpenIddict's own form_post page.
        HttpContext.AllowFormsTo(request.RedirectUri);
        if (User.Identity?.IsAuthenticated != true || (request.HasPromptValue(PromptValues.Login) && !consenting))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The person is not signed in.");
            }

            // Back here after signing in, without prompt=login, so that it does not ask again and again.
            var prompt = string.Join(' ', request.GetPromptValues().Remove(PromptValues.Login));
            var parameters = RequestParameters.Where(p => p.Key != Parameters.Prompt)
                .Concat(prompt.Length == 0 ? [] : [KeyValuePair.Create(Parameters.Prompt, new StringValues(prompt))]);
            return Challenge(new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + QueryString.Create(parameters) });
        }

        if (await accounts.AskAsync(new IntegrationUserQuery(request.ClientId ?? "", User.UserId()), cancellationToken) is not { } person)
        {
            return Refuse(Errors.AccessDenied, "Only people of the organisation that registered this app can let it act for them.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict accepted a client it does not know.");
        var applicationId = await applications.GetIdAsync(application, cancellationToken) ?? "";
        var subject = person.UserId.ToString();

        // What only admins do is not offered to others: the app gets the rest (its token's scope says which).
        var scopes = request.GetScopes().Where(scope => person.IsAdmin || !ApiScopes.AdminOnly.Contains(scope)).ToImmutableArray();
        object? agreed = null;
        await foreach (var authorization in authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes,
            cancellationToken))
        {
            agreed = authorization;
        }

        if (!consenting && (agreed is null || request.HasPromptValue(PromptValues.Consent)))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.ConsentRequired, "The person has not agreed to this app yet.");
            }

            App = person.Integration;
            Scopes = scopes;
            return Page();
        }

        var identity = OpenIdServer.NewIdentity();
        identity.SetScopes(scopes);
        agreed ??= await authorizations.CreateAsync(new ClaimsPrincipal(identity), subject, applicationId, AuthorizationTypes.Permanent, identity.GetScopes(),
            cancellationToken);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(agreed, cancellationToken));
        return SignIn(OpenIdServer.ForPerson(identity, person), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private ForbidResult Refuse(string error, string description) =>
        Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
