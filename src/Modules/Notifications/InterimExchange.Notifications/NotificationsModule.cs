using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Notifications.Data;
using InterimExchange.Notifications.Features.Centre;
using InterimExchange.Notifications.Features.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Notifications;

/// <summary>Tells people what concerns them: every module's events become notifications in each person's centre, and emails at once or in a daily digest.</summary>
public sealed class NotificationsModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<NotificationsDbContext, SqliteNotificationsDbContext, SqlServerNotificationsDbContext>(NotificationsDbContext.Module);
        services.AddScoped<INotifications, NotificationCentre>();
        services.AddScoped<Deliveries>();
        services.AddScoped<DailyDigest>();
        services.AddHostedService<DigestWatch>();
    }
}
