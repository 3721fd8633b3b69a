using System.Globalization;

namespace InterimExchange.BuildingBlocks.Time;

/// <summary>
/// Times are kept in UTC and shown in each person's own time zone, with the zone named. A local time the clocks skip (spring
/// forward) or pass twice (fall back) is refused with words a person understands, never shifted silently.
/// </summary>
public static class LocalTimes
{
    public const string DefaultZone = "Europe/Amsterdam";

    /// <summary>The zones a person can choose: the IANA names of the places InterimExchange's people work in.</summary>
    public static IReadOnlyList<string> Zones { get; } =
    [
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Amsterdam", "Europe/Brussels", "Europe/Paris", "Europe/Berlin", "Europe/Zurich",
        "Europe/Vienna", "Europe/Madrid", "Europe/Rome", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Warsaw", "Europe/Prague",
        "Europe/Helsinki", "Europe/Athens", "Europe/Istanbul", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Tokyo",
        "Australia/Sydney", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto", "America/Sao_Paulo",
        "Africa/Johannesburg", "UTC",
    ];

    public static bool IsKnown(string? zone) => zone is not null && Zones.Contains(zone);

    public static TimeZoneInfo Zone(string? zone) => TimeZoneInfo.FindSystemTimeZoneById(IsKnown(zone) ? zone! : DefaultZone);

    public static DateTime ToLocal(DateTime utc, string? zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(zone));

    /// <summary>
    /// The UTC instant of a wall-clock time in <paramref name="zone"/>, or the reason there is none: a time the clocks skip
    /// does not exist, and a time they pass twice is ambiguous.
    /// </summary>
    public static (DateTime? Utc, string? Problem) ToUtc(DateTime local, string? zone)
    {
        var info = Zone(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (info.IsInvalidTime(wall))
        {
            return (null, $"{wall.ToString("HH:mm", CultureInfo.InvariantCulture)} on {wall.ToString("d MMMM", CultureInfo.InvariantCulture)} does not exist in {info.Id}: the clocks go forward that night. Choose a time an hour later.");
        }

        if (info.IsAmbiguousTime(wall))
        {
            return (null, $"{wall.ToString("HH:mm", CultureInfo.InvariantCulture)} on {wall.ToString("d MMMM", CultureInfo.InvariantCulture)} happens twice in {info.Id}: the clocks go back that night. Choose a time outside that hour.");
        }

        return (TimeZoneInfo.ConvertTimeToUtc(wall, info), null);
    }

    /// <summary>"Tue 3 Nov 2026, 10:00 (Europe/Amsterdam, CET)": a time as its reader's clock shows it, with the zone named.</summary>
    public static string Describe(DateTime utc, string? zone)
    {
        var info = Zone(zone);
        var local = ToLocal(utc, info.Id);
        return $"{local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({info.Id}, {Abbreviation(info, local)})";
    }

    /// <summary>The short name of the zone's offset at that moment, such as CET, CEST, GMT or BST, else the offset itself.</summary>
    private static string Abbreviation(TimeZoneInfo info, DateTime local)
    {
        var offset = info.GetUtcOffset(local);
        var summer = info.IsDaylightSavingTime(local);
        return info.Id switch
        {
            "Europe/London" or "Europe/Dublin" => summer ? (info.Id == "Europe/London" ? "BST" : "IST") : "GMT",
            "Europe/Lisbon" => summer ? "WEST" : "WET",
            "UTC" => "UTC",
            _ when info.Id.StartsWith("Europe/", StringComparison.Ordinal) && offset == TimeSpan.FromHours(summer ? 2 : 1) => summer ? "CEST" : "CET",
            _ when info.Id.StartsWith("Europe/", StringComparison.Ordinal) && offset == TimeSpan.FromHours(summer ? 3 : 2) => summer ? "EEST" : "EET",
            _ => $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}",
        };
    }
}
