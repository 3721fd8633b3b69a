using InterimExchange.Notifications.Features;
using InterimExchange.Notifications.Features.Delivery;
using InterimExchange.Notifications.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Notifications;

/// <summary>
/// Tells people and systems what concerns them: every module's events become notifications in each person's centre, emails at once
/// or in a daily digest, and signed webhook deliveries to the systems organisations subscribe.
/// </summary>
public sealed class NotificationsModule() : DatabaseModule(services => services
    .AddModuleDatabase<NotificationsDbContext, SqliteNotificationsDbContext, SqlServerNotificationsDbContext>(NotificationsDbContext.Module).AddScoped<Deliveries>().AddScoped<WebhookChanges>())
{
    public override void Register(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        base.Register(services, configuration);
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddHttpClient(WebhookSender.Client, client => client.Timeout = WebhookSender.Timeout)
            .ConfigurePrimaryHttpMessageHandler(provider => WebhookSender.Handler(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>()));
    }
}
