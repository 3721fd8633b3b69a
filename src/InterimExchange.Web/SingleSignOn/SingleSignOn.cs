using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>
/// Sign-in through an organisation's own OpenID Connect provider: one OpenID Connect scheme, registered at start-up, whose options
/// are those of the organisation the request is for. The organisation travels in the callback's path; only an organisation with
/// saved settings has options (built once, again when its settings change), and any other id answers 404 before any handler runs.
/// </summary>
internal static class SingleSignOn
{
    public const string Scheme = "sso";

    public const string CallbackPrefix = "/signin-sso/";

    /// <summary>The paths of the scheme, each followed by the organisation's id.</summary>
    private static readonly string[] Paths = ["/signin-sso", "/signout-sso", "/signout-sso-remote"];

    public static WebApplicationBuilder AddSingleSignOn(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SingleSignOnOptions>(builder.Configuration.GetSection(SingleSignOnOptions.Section));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<OrganisationProviders>();
        builder.Services.AddTransient<OrganisationSignInHandler>();
        builder.Services.Configure<AuthenticationOptions>(options => options.AddScheme<OrganisationSignInHandler>(Scheme, "Your organisation's sign-in"));
        return builder;
    }

    /// <summary>Answers 404 to the scheme's paths of an organisation without settings; picks the organisation's options for the others.</summary>
    public static WebApplication UseSingleSignOn(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            foreach (var path in Paths)
            {
                if (context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase, out var rest))
                {
                    var id = rest.Value?.TrimStart('/') ?? "";
                    if (!Guid.TryParseExact(id, "N", out var organisationId)
                        || !await context.RequestServices.GetRequiredService<OrganisationProviders>().UseAsync(context, organisationId, context.RequestAborted))
                    {
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                        return;
                    }

                    break;
                }
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Sends the person to their organisation's provider; null when sent, else why the provider cannot be used.</summary>
    public static Task<string?> ChallengeAsync(HttpContext context, SingleSignOnProvider provider, AuthenticationProperties properties) =>
        context.RequestServices.GetRequiredService<OrganisationProviders>().ChallengeAsync(context, provider, properties);

    public static string CallbackOf(Guid organisationId) => $"{CallbackPrefix}{organisationId:N}";
}
