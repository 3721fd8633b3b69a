using InterimExchange.Web.Api;

namespace InterimExchange.Web;

/// <summary>The headers every response carries: its Content-Security-Policy and the browser's other protections; and no caching.</summary>
internal static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every response: the app serves its own stylesheet and no script at all.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>The hash of OpenIddict's form_post script, <c>document.form.submit();</c> (a test checks it against the page OpenIddict writes).</summary>
    public const string FormPostScript = "'sha256-j7OoGArf6XW6YY4cAyS3riSSvrJRqpSi1fOF9vQ5SrI='";

    private const string FormTargetItem = "InterimExchange.FormTarget";

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

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
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
            return next(context);
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
}
