using InterimExchange.Accounts;
using InterimExchange.Briefs;
using InterimExchange.FirmNetwork;
using InterimExchange.Insights;
using InterimExchange.Notifications;
using InterimExchange.Proposals;
using InterimExchange.Relationships;
using InterimExchange.Routing;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using InterimExchange.Web.Api;

namespace InterimExchange.Web;

/// <summary>The one place that composes the app: every module, the portals and the pipeline.</summary>
internal static class ModuleRegistry
{
    public static IModule[] Modules { get; } = [new AccountsModule(), new BriefsModule(), new FirmNetworkModule(), new RoutingModule(), new ProposalsModule(), new RelationshipsModule(), new InsightsModule(), new NotificationsModule()];

    public static WebApplicationBuilder AddInterimExchange(this WebApplicationBuilder builder)
    {
        builder.Services.AddModules(builder.Configuration, Modules);
        builder.Services.AddPortals();
        builder.AddSecurity();
        builder.AddOpenIdServer();
        builder.AddSingleSignOn();
        builder.Services.AddApiV1();
        builder.Services.AddApiDocs();
        builder.Services.AddHealthChecks();

        // Sign-in cookies, antiforgery and reset links stay valid across restarts: the keys live beside the data.
        builder.Services.AddDataProtection().SetApplicationName("InterimExchange");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<DatabaseOptions>, ILoggerFactory>((keys, database, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(Path.GetFullPath(database.Value.DataDirectory), "keys")), logs));
        return builder;
    }

    public static WebApplication UseInterimExchange(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");

        // The API answers its errors as problem details (RFC 9457), never with a portal's error page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseSecurity();
        app.UseStaticFiles();
        app.UseNoStore();
        app.UseRouting();
        app.UseRateLimits();
        app.UseApiV1();
        app.UseSingleSignOn();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiAnswers();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapOpenIdServer();
        app.MapApiV1();
        app.MapApiDocs();

        // The data-protection key ring is created now, once, before the first request: pages opened at the same moment of a
        // fresh start would otherwise each create a key, and a form protected by one could be refused by the other (a 400).
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("InterimExchange.Start").Protect("ready");

        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        return app;
    }

    /// <summary>Tells the person who started the app where to go and where the emails land.</summary>
    private static void Announce(WebApplication app)
    {
        var email = app.Services.GetRequiredService<IOptions<EmailOptions>>().Value;
        var addresses = string.Join(", ", app.Urls);
        app.Logger.LogInformation("InterimExchange is running at {Addresses}", addresses);
        app.Logger.LogInformation("Demo accounts and their password are listed in README.md (section 'Demo accounts')");
        if (email.Delivery == EmailDelivery.PickupFolder)
        {
            app.Logger.LogInformation("Emails are written as .eml files to {Folder}", Path.GetFullPath(email.PickupDirectory));
        }
    }
}
