using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using InterimExchange.Web.Api;

namespace InterimExchange.Web;

/// <summary>The <c>Security</c> configuration section: what an operator sets to put the app on the internet.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Addresses of the TLS proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public List<string> Proxies { get; set; } = [];

    /// <summary>A signed-in session ends this long after signing in, however active it is.</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a session is checked against its account, so that a reset or "sign out everywhere" reaches it.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted; forms are far smaller.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>A PFX certificate that protects the data-protection keys at rest (optional), and its password.</summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }
}

/// <summary>The <c>RateLimits</c> configuration section: how often one address, and one email address, may use the account pages.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public Limit PerAddress { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public Limit PerEmail { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Calls one integration may make to the API.</summary>
    public Limit PerClient { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public sealed class Limit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }
}

/// <summary>
/// Pages that a stranger can reach and guess at (sign-in, password reset, invitation and briefing links, the firm
/// application): limited per client address and per email address.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ThrottledAttribute : Attribute;

/// <summary>Everything that makes the app safe to put on the internet: deployment defaults, headers, sessions and abuse limits.</summary>
internal static class Security
{
    private const string SignedInAtKey = "InterimExchange.SignedInAt";
    private const string EmailItem = "InterimExchange.ThrottledEmail";

    /// <summary>The wait a refused request was told, for the 429 page.</summary>
    public const string RetryAfterItem = "InterimExchange.RetryAfter";

    /// <summary>The Content-Security-Policy of every response: the app serves its own stylesheet and no script at all.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// Lets this page's form lead on to <paramref name="address"/>'s site too: the browser applies form-action to where the answer
    /// redirects, and a consent or sign-out form answers with a redirect to the app's own address (one it registered). An
    /// authorization's answer may also be OpenIddict's form_post page, a form to that address submitted by one fixed line of
    /// script: that line alone may run, by its hash.
    /// </summary>
    public static void AllowFormsTo(this HttpContext context, string? address)
    {
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            context.Items[FormTargetItem] = uri.GetLeftPart(UriPartial.Authority);
        }
    }

    /// <summary>The hash of OpenIddict's form_post script, <c>document.form.submit();</c> (a test checks it against the page OpenIddict writes).</summary>
    public const string FormPostScript = "'sha256-j7OoGArf6XW6YY4cAyS3riSSvrJRqpSi1fOF9vQ5SrI='";

    private const string FormTargetItem = "InterimExchange.FormTarget";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var configuration = builder.Configuration;
        if (!development && configuration.GetValue<bool>($"{DemoDataOptions.Section}:Enabled"))
        {
            throw new InvalidOperationException(
                $"Demo data is switched on in the '{builder.Environment.EnvironmentName}' environment. Its accounts share a published password, " +
                "so it runs only in Development: set DemoData__Enabled=false, or ASPNETCORE_ENVIRONMENT=Development on a machine nobody else reaches.");
        }

        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var services = builder.Services;
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Only the configured proxies are believed: not even loopback, which is trusted by default. With no proxy listed,
            // nothing is (an empty list would make the middleware believe everyone).
            forwarded.ForwardedHeaders = security.Proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in security.Proxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = security.MaxRequestBodyBytes);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.BufferBodyLengthLimit = security.MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = security.MaxRequestBodyBytes;
            form.ValueCountLimit = 1024;
        });

        // Outside Development every cookie is Secure and bound to this host (the __Host- prefix).
        var cookiePrefix = development ? "" : "__Host-";
        var cookieSecurity = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = $"{cookiePrefix}InterimExchange.Antiforgery";
            antiforgery.Cookie.SecurePolicy = cookieSecurity;
        });
        services.Configure<CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = $"{cookiePrefix}InterimExchange.Messages";
            tempData.Cookie.SecurePolicy = cookieSecurity;
        });
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = security.SessionCheckInterval);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = $"{cookiePrefix}InterimExchange.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = cookieSecurity;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            EndSessionsAtTheirAbsoluteLifetime(cookie, security.AbsoluteSessionLifetime);
        });

        AddKeyProtection(services, security);
        AddRateLimits(services);
        return builder;
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

    private static void AddKeyProtection(IServiceCollection services, SecurityOptions security)
    {
        if (string.IsNullOrWhiteSpace(security.KeyCertificatePath))
        {
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(security.KeyCertificatePath, security.KeyCertificatePassword);
        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static void AddRateLimits(IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Items[RetryAfterItem] = retryAfter;
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned("address", context => context.Connection.RemoteIpAddress?.ToString() ?? "unknown", limits => limits.PerAddress),
                Partitioned("email", context => context.Items[EmailItem] as string, limits => limits.PerEmail));
        });
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(
        string kind, Func<HttpContext, string?> key, Func<RateLimitOptions, RateLimitOptions.Limit> window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var partition = context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>() is null ? null : key(context);
            if (partition is null)
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limits = window(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{context.GetEndpoint()!.DisplayName}:{partition}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });

    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        var maxBody = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var policy = context.Request.Path.StartsWithSegments(ApiDocs.Path) ? ApiDocs.ContentSecurityPolicy : ContentSecurityPolicy;
                headers.ContentSecurityPolicy = context.Items[FormTargetItem] is string target
                    ? policy.Replace("form-action 'self'", $"form-action 'self' {target}; script-src 'self' {FormPostScript}", StringComparison.Ordinal)
                    : policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                return Task.CompletedTask;
            });

            // Kestrel enforces the limit on the wire; this answers the same wherever the app is hosted.
            if (context.Request.ContentLength > maxBody)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>After static files: every page the app renders is personal or carries a token, so none is stored by a cache.</summary>
    public static WebApplication UseNoStore(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>After routing: the throttled pages are counted per address, and per email address when the form carries one.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>() is not null && HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                var email = form.FirstOrDefault(field => field.Key.EndsWith("Email", StringComparison.OrdinalIgnoreCase)).Value.ToString();
                if (!string.IsNullOrWhiteSpace(email))
                {
                    context.Items[EmailItem] = email.Trim().ToUpperInvariant();
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }
}
