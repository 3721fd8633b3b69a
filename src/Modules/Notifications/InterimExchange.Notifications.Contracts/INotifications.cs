using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Contracts;

/// <summary>
/// The Notifications module's entry. Each person's notification centre: what happened that concerns them, with a link to it,
/// unread until they read it; and whether they get each by email at once or in one daily digest. And an organisation's webhooks:
/// HTTPS addresses of its systems told of the events that concern it.
/// </summary>
public interface INotifications : IModuleEntry<INotifications>;

/// <summary>A page of the caller's notifications, newest first, with how many are unread and their choice of email.</summary>
public sealed record ListNotificationsQuery(Caller By, int Page) : IQuery<INotifications, NotificationPage>;

/// <summary>How many of the caller's notifications are unread, counted up to the 99 the badge shows.</summary>
public sealed record UnreadCountQuery(Caller By) : IQuery<INotifications, RowCount>;

/// <summary>The page one of the caller's notifications is about; null when it is not theirs.</summary>
public sealed record NotificationLinkQuery(Caller By, Guid NotificationId) : IQuery<INotifications, string?>;

/// <summary>The caller marks one of their notifications read.</summary>
public sealed record MarkReadCommand(Caller By, Guid NotificationId) : ICommand<INotifications>;

/// <summary>The caller marks all their notifications read.</summary>
public sealed record MarkAllReadCommand(Caller By) : ICommand<INotifications>;

/// <summary>The caller chooses to get each notification by email at once, or one digest a day.</summary>
public sealed record SetEmailPreferenceCommand(Caller By, EmailPreference Preference) : ICommand<INotifications>;

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
