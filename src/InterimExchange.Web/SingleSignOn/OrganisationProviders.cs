using System.Collections.Concurrent;
using InterimExchange.BuildingBlocks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace InterimExchange.Web;

/// <summary>
/// The OpenID Connect options of each organisation with saved settings, built from them once and again when they change, and the
/// request's choice among them. Other requests see options whose paths the middleware keeps unreachable.
/// </summary>
internal sealed class OrganisationProviders(
    IEnumerable<IConfigureOptions<OpenIdConnectOptions>> setups,
    IEnumerable<IPostConfigureOptions<OpenIdConnectOptions>> postConfigures,
    IOptionsMonitor<SingleSignOnOptions> settings,
    IHttpContextAccessor http,
    IHostEnvironment environment) : IOptionsMonitor<OpenIdConnectOptions>
{
    /// <summary>Why a provider's address is refused, after the name of its host.</summary>
    public const string PrivateRefusal = "is on this machine or a private network, where the server does not sign people in.";

    private static readonly object Chosen = new();

    private readonly ConcurrentDictionary<Guid, (SingleSignOnProvider Provider, OpenIdConnectOptions Options)> byOrganisation = new();

    /// <summary>One connection pool for every provider, to public addresses only (unless allowed).</summary>
    private readonly SocketsHttpHandler backchannel = PublicNetwork.Handler(() => settings.CurrentValue.AllowPrivateAddresses, PrivateRefusal);

    private OpenIdConnectOptions? idle;

    /// <summary>How many organisations have options now: never more than have saved settings.</summary>
    public int Count => byOrganisation.Count;

    public OpenIdConnectOptions CurrentValue => Get(Options.DefaultName);

    public OpenIdConnectOptions Get(string? name) => http.HttpContext?.Items[Chosen] as OpenIdConnectOptions ?? (idle ??= Idle());

    public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;

    /// <summary>Chooses the organisation's options for this request; false when it has no settings (its options are then forgotten).</summary>
    public async Task<bool> UseAsync(HttpContext context, Guid organisationId, CancellationToken cancellationToken)
    {
        var provider = await context.RequestServices.GetRequiredService<IAccounts>().AskAsync(new ProviderOfOrganisationQuery(organisationId), cancellationToken);
        if (provider is null)
        {
            byOrganisation.TryRemove(organisationId, out _);
            return false;
        }

        Use(context, provider);
        return true;
    }

    /// <summary>
    /// Sends the person to their organisation's provider; first reads the provider's configuration, so that a provider that cannot
    /// be reached, or whose configuration is refused, is told to the person instead of failing the request. Null when sent.
    /// </summary>
    public async Task<string?> ChallengeAsync(HttpContext context, SingleSignOnProvider provider, AuthenticationProperties properties)
    {
        var options = Use(context, provider);
        try
        {
            await options.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            return Refusal(e);
        }

        // The handler the authentication middleware made for this request holds the options it read then: challenge through a new one.
        var handler = context.RequestServices.GetRequiredService<OrganisationSignInHandler>();
        await handler.InitializeAsync(new AuthenticationScheme(SingleSignOn.Scheme, null, typeof(OrganisationSignInHandler)), context);
        await handler.ChallengeAsync(properties);
        return null;
    }

    private OpenIdConnectOptions Use(HttpContext context, SingleSignOnProvider provider)
    {
        var options = byOrganisation.AddOrUpdate(provider.OrganisationId, _ => (provider, Build(provider)),
            (_, cached) => cached.Provider == provider ? cached : (provider, Build(provider))).Options;
        context.Items[Chosen] = options;
        return options;
    }

    private static string Refusal(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner.Data.Contains(IssuerHostConfiguration.Refused) || inner.Message.EndsWith(PrivateRefusal, StringComparison.Ordinal))
            {
                return $"Your organisation's provider was refused: {inner.Message} Your organisation's admin can correct it on the organisation's Sign-in page.";
            }
        }

        return "Your organisation's provider could not be reached just now. Try again in a moment, or sign in with your password.";
    }

    /// <summary>An organisation's options, from its settings: the authorization code with PKCE, into the external sign-in cookie.</summary>
    private OpenIdConnectOptions Build(SingleSignOnProvider provider)
    {
        // Named after the organisation: its sign-in state is protected for it alone.
        var options = Configured($"{SingleSignOn.Scheme}-{provider.OrganisationId:N}", new OpenIdConnectOptions
        {
            Authority = provider.Issuer,
            ClientId = provider.ClientId,
            ClientSecret = provider.ClientSecret,
            CallbackPath = SingleSignOn.CallbackOf(provider.OrganisationId),
            SignedOutCallbackPath = $"/signout-sso/{provider.OrganisationId:N}",
            RemoteSignOutPath = $"/signout-sso-remote/{provider.OrganisationId:N}",
        });

        // Every address the server reads or posts to for this provider is on the issuer's host.
        var issuer = new Uri(provider.Issuer);
        options.ConfigurationManager = new IssuerHostConfiguration(new ConfigurationManager<OpenIdConnectConfiguration>(options.MetadataAddress,
            new OpenIdConnectConfigurationRetriever(), new IssuerHostDocuments(new HttpDocumentRetriever(options.Backchannel) { RequireHttps = options.RequireHttpsMetadata }, issuer)), issuer);
        return options;
    }

    /// <summary>The options of requests for no organisation: never used to sign in, as the middleware answers 404 at their paths.</summary>
    private OpenIdConnectOptions Idle() => Configured(SingleSignOn.Scheme, new OpenIdConnectOptions
    {
        Authority = "https://sso.invalid/",
        ClientId = "none",
        CallbackPath = "/signin-sso",
        SignedOutCallbackPath = "/signout-sso",
        RemoteSignOutPath = "/signout-sso-remote",
    });

    private OpenIdConnectOptions Configured(string name, OpenIdConnectOptions options)
    {
        options.ResponseType = "code";
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("email");
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        options.BackchannelHttpHandler = backchannel;
        options.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect("/account/sso?failed=true");
            context.HandleResponse();
            return Task.CompletedTask;
        };

        // As the options framework would: what the app (or a test) configures for every scheme, then the handler's own defaults.
        foreach (var setup in setups.OfType<IConfigureNamedOptions<OpenIdConnectOptions>>())
        {
            setup.Configure(name, options);
        }

        foreach (var postConfigure in postConfigures)
        {
            postConfigure.PostConfigure(name, options);
        }

        return options;
    }
}
