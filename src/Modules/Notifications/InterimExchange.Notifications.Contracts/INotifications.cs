using InterimExchange.BuildingBlocks.Persistence;

namespace InterimExchange.Notifications.Contracts;

/// <summary>
/// Each person's notification centre: what happened that concerns them, with a link to it, unread until they read it;
/// and whether they get each by email at once or in one daily digest.
/// </summary>
public interface INotifications
{
    Task<NotificationPage> ListAsync(Guid userId, int page, CancellationToken cancellationToken);

    Task<RowCount> UnreadCountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Marks one of the person's notifications read and returns the page it is about; null when it is not theirs.</summary>
    Task<string?> MarkReadAsync(Guid userId, Guid notificationId, CancellationToken cancellationToken);

    Task MarkAllReadAsync(Guid userId, CancellationToken cancellationToken);

    Task SetEmailPreferenceAsync(Guid userId, EmailPreference preference, CancellationToken cancellationToken);
}

public enum EmailPreference
{
    Immediate,
    DailyDigest,
}

public static class NotificationWords
{
    public static string Describe(this EmailPreference preference) => preference == EmailPreference.DailyDigest
        ? "One digest a day (from 07:00 on your own clock)"
        : "Each notification as it happens";
}

public sealed record NotificationView(Guid Id, string Title, string Body, string Link, DateTime CreatedAtUtc, bool Read);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Page, int PageSize, RowCount Total, RowCount Unread, EmailPreference Preference)
{
    public int Pages => Total.Pages(PageSize);
}
