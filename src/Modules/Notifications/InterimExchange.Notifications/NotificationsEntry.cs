using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications;

internal sealed class NotificationsEntry(IServiceProvider services) : ModuleEntry<INotifications>(services), INotifications;
