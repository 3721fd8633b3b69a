using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Web;

/// <summary>How long a signed-in session lasts, and how often it is checked against its account.</summary>
internal static class Sessions
{
    private const string SignedInAtKey = "InterimExchange.SignedInAt";

    public static IServiceCollection AddSessions(this IServiceCollection services, SecurityOptions security)
    {
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = security.SessionCheckInterval);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            EndSessionsAtTheirAbsoluteLifetime(cookie, security.AbsoluteSessionLifetime);
        });
        return services;
    }

    /// <summary>
    /// The sliding expiry renews a busy session forever; this ends it a fixed time after signing in. The moment of signing in
    /// travels in the cookie's properties, which renewals keep. Identity's own check of the security stamp runs after it.
    /// </summary>
    private static void EndSessionsAtTheirAbsoluteLifetime(CookieAuthenticationOptions cookie, TimeSpan lifetime)
    {
        var signingIn = cookie.Events.OnSigningIn;
        var validate = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAtKey, context.Options.TimeProvider!.GetUtcNow().ToString("O"));
            return signingIn(context);
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var value) && DateTimeOffset.TryParse(value, out var at)
                ? at
                : context.Properties.IssuedUtc ?? DateTimeOffset.MinValue;
            if (context.Options.TimeProvider!.GetUtcNow() - signedInAt > lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validate(context);
        };
    }
}
