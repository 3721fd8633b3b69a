using InterimExchange.Accounts.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>
/// Sign-in through an organisation's own OpenID Connect provider: one OpenIdConnect scheme per organisation, added when first
/// needed (a sign-in, or its callback after a restart), with its options read from the organisation's settings.
/// </summary>
internal static class SingleSignOn
{
    public const string CallbackPrefix = "/signin-sso/";

    public static WebApplicationBuilder AddSingleSignOn(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        builder.Services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>>(services => new ProviderOptions(services, builder.Environment.IsDevelopment()));
        return builder;
    }

    /// <summary>Adds the scheme of each organisation whose provider's callback arrives, before authentication looks for it.</summary>
    public static WebApplication UseSingleSignOn(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith(CallbackPrefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParseExact(path[CallbackPrefix.Length..], "N", out var organisationId))
            {
                await SchemeAsync(context.RequestServices, organisationId, refresh: false);
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The organisation's scheme, added when missing; <paramref name="refresh"/> forgets its options after the settings changed.</summary>
    public static async Task<string> SchemeAsync(IServiceProvider services, Guid organisationId, bool refresh)
    {
        var name = SingleSignOnProvider.SchemeOf(organisationId);
        if (refresh)
        {
            services.GetRequiredService<IOptionsMonitorCache<OpenIdConnectOptions>>().TryRemove(name);
        }

        var schemes = services.GetRequiredService<IAuthenticationSchemeProvider>();
        if (await schemes.GetSchemeAsync(name) is null)
        {
            schemes.TryAddScheme(new AuthenticationScheme(name, "Your organisation's sign-in", typeof(OpenIdConnectHandler)));
        }

        return name;
    }

    /// <summary>The options of an organisation's scheme, from its settings: the authorization code with PKCE, into the external sign-in cookie.</summary>
    private sealed class ProviderOptions(IServiceProvider services, bool development) : IConfigureNamedOptions<OpenIdConnectOptions>
    {
        public void Configure(OpenIdConnectOptions options)
        {
        }

        public void Configure(string? name, OpenIdConnectOptions options)
        {
            if (name is null || !name.StartsWith("sso-", StringComparison.Ordinal) || !Guid.TryParseExact(name[4..], "N", out var organisationId))
            {
                return;
            }

            // Options are built once per scheme and cached, so this reads the settings once (again after they are saved).
            using var scope = services.CreateScope();
            var provider = scope.ServiceProvider.GetRequiredService<ISingleSignOn>().ForOrganisationAsync(organisationId, CancellationToken.None).GetAwaiter().GetResult();
            options.Authority = provider?.Issuer ?? "https://sso.invalid/";
            options.ClientId = provider?.ClientId ?? "none";
            options.ClientSecret = provider?.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            options.CallbackPath = $"{CallbackPrefix}{organisationId:N}";
            options.SignedOutCallbackPath = $"/signout-sso/{organisationId:N}";
            options.RemoteSignOutPath = $"/signout-sso-remote/{organisationId:N}";
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.RequireHttpsMetadata = !development;
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/account/sso?failed=true");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        }
    }
}
