namespace InterimExchange.Notifications.Domain;

/// <summary>
/// Something that happened which concerns one person, with the page it is about; emailed at once or in their digest, which is sent
/// and worded on the clock of <paramref name="timeZone"/> (the person's, when the notification was made).
/// </summary>
internal sealed class Notification(Guid userId, string email, string name, string title, string body, string link, DateTime createdAtUtc, string? timeZone = null)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid UserId { get; private set; } = userId;

    public string Email { get; private set; } = email;

    public string Name { get; private set; } = name;

    public string Title { get; private set; } = title;

    public string Body { get; private set; } = body;

    public string Link { get; private set; } = link;

    public DateTime CreatedAtUtc { get; private set; } = createdAtUtc;

    public string? TimeZone { get; private set; } = timeZone;

    public DateTime? ReadAtUtc { get; private set; }

    public DateTime? EmailedAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    public void Emailed(DateTime nowUtc) => EmailedAtUtc ??= nowUtc;
}

/// <summary>A person's choice of email: each notification at once (the default), or one digest a day.</summary>
internal sealed class Preference(Guid userId, Contracts.EmailPreference email)
{
    public Guid UserId { get; private set; } = userId;

    public Contracts.EmailPreference Email { get; set; } = email;
}

/// <summary>A digest sent to a person on a day: unique, so that two app instances never send the same digest.</summary>
internal sealed class DigestSent(Guid userId, DateOnly day)
{
    public Guid UserId { get; private set; } = userId;

    public DateOnly Day { get; private set; } = day;
}
