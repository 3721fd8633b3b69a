namespace InterimExchange.FirmNetwork.Domain;

internal enum ExpiryKind
{
    VettingExpiring,
    InsuranceExpiring,
    VettingExpired,
}

/// <summary>
/// What the expiry check told a firm about one expiry date: a reminder before it, or that vetting has expired. Keyed by
/// (firm, kind, the date concerned), so that each is sent once, however often and on however many instances the check runs
/// (ADR 0005); a renewal brings a new date, and so a new reminder.
/// </summary>
internal sealed record ExpiryNotice(Guid FirmId, ExpiryKind Kind, DateOnly Day, DateTime SentAtUtc);
