using InterimExchange.Accounts.Contracts.IntegrationEvents;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// A person who left receives no more email: no new notification reaches them (they are no longer a member), and their daily
/// digest of what was waiting is not sent.
/// </summary>
internal sealed class MemberRemovedConsumer(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<MemberRemoved, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberRemoved message, CancellationToken cancellationToken)
    {
        if (await Db.Preferences.FindAsync([message.UserId], cancellationToken) is { } preference)
        {
            Db.Preferences.Remove(preference);
        }
    }
}
