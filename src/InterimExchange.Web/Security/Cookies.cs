namespace InterimExchange.Web;

/// <summary>The app's cookies: outside Development every one is Secure and bound to this host (the __Host- prefix).</summary>
internal static class Cookies
{
    public static IServiceCollection AddCookies(this IServiceCollection services, bool development)
    {
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
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = $"{cookiePrefix}InterimExchange.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = cookieSecurity;
        });
        return services;
    }
}
