namespace InterimExchange.Web;

/// <summary>Everything that makes the app safe to put on the internet: deployment defaults, headers, sessions and abuse limits.</summary>
internal static class Security
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.RefuseDemoDataOutsideDevelopment();
        var configuration = builder.Configuration;
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        builder.AddTransport(security);
        builder.Services.AddCookies(builder.Environment.IsDevelopment())
            .AddSessions(security)
            .AddKeyProtection(security)
            .AddRateLimits(configuration);
        return builder;
    }

    public static WebApplication UseSecurity(this WebApplication app) => app.UseTransport().UseSecurityHeaders().UseRequestBodyLimit();
}
