using InterimExchange.Notifications.Features.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Notifications;

/// <summary>Tells people what concerns them: every module's events become notifications in each person's centre, and emails at once or in a daily digest.</summary>
public sealed class NotificationsModule() : DatabaseModule(services => services
    .AddModuleDatabase<NotificationsDbContext, SqliteNotificationsDbContext, SqlServerNotificationsDbContext>(NotificationsDbContext.Module).AddScoped<Deliveries>());
