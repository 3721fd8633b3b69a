using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Relationships.Features;

/// <summary>
/// An agreed conversation as an RFC 5545 event: one stable UID per conversation, the requester as organiser and everyone else as
/// attendees, the purpose as the description, the time in the organiser's zone (with its VTIMEZONE), and a SEQUENCE that grows
/// with each move and the cancellation, so that calendars update the one event instead of adding another.
/// </summary>
internal static class ConversationCalendar
{
    public static string Uid(Guid conversationId) => $"{conversationId:N}@interimexchange";

    public static string For(Conversation conversation, DateTime nowUtc)
    {
        var cancelled = conversation.State == ConversationState.Cancelled;
        var zone = LocalTimes.Zone(conversation.Requester.TimeZone).Id;
        var start = conversation.StartsAtUtc ?? conversation.Times.FirstOrDefault();
        var local = LocalTimes.ToLocal(start, zone);
        var calendar = new Ical.Net.Calendar { Method = cancelled ? "CANCEL" : "REQUEST" };
        calendar.AddTimeZone(zone);
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(conversation.Id),
            Sequence = conversation.Sequence,
            Summary = Summary(conversation),
            Description = Description(conversation),
            Location = conversation.Where,
            DtStart = new CalDateTime(local, zone),
            DtEnd = new CalDateTime(local.AddMinutes(conversation.Minutes), zone),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{conversation.Requester.Email}") { CommonName = Parameter(conversation.Requester.Name) },
        };
        foreach (var person in conversation.People.Skip(1))
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{person.Email}")
            {
                CommonName = Parameter(person.Name),
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "ACCEPTED",
            });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The invitation, update or cancellation each person in the conversation receives, with the time in their own zone and why it
    /// changed (a move's <paramref name="why"/>, a cancellation's reason), which everyone reads.
    /// </summary>
    public static IEnumerable<EmailRequested> Emails(Conversation conversation, string what, string link, DateTime nowUtc, string? why = null)
    {
        var cancelled = conversation.State == ConversationState.Cancelled;
        var ics = new EmailAttachment("invitation.ics", $"text/calendar; method={(cancelled ? "CANCEL" : "REQUEST")}; charset=utf-8", For(conversation, nowUtc));
        foreach (var person in conversation.People)
        {
            var others = string.Join(", ", conversation.People.Where(p => p != person).Select(p => $"{p.Name} ({p.OrganisationName})"));
            yield return new EmailRequested(person.Email, person.Name, $"{what}: {Summary(conversation)}",
                $"""
                Hello {person.Name},

                {what}: {conversation.Purpose}
                With: {others}
                When: {conversation.When(person.TimeZone)}
                {(conversation.Where is null ? "" : $"Where: {conversation.Where}\n")}{((cancelled ? conversation.ClosingReason : why) is { } reason ? $"Why: {reason}\n" : "")}
                The calendar file attached {(cancelled ? "removes the event from" : "adds it to")} your calendar. The conversation's page: {link}
                """, [ics]);
        }
    }

    /// <summary>
    /// A parameter value (a person's name in CN=) as RFC 5545 allows it: on one line, and without a double quote (the serializer
    /// quotes the value). A name stored before names were kept on one line cannot add a line to the file.
    /// </summary>
    private static string Parameter(string value) => PlainText.SingleLine(value).Replace("\"", "'", StringComparison.Ordinal);

    private static string Summary(Conversation conversation) =>
        $"{conversation.Requester.OrganisationName} and {conversation.Responder.OrganisationName}{(conversation.RoleTitle is null ? "" : $" on {conversation.RoleTitle}")}";

    private static string Description(Conversation conversation) =>
        string.Join("\n\n", new[] { conversation.Purpose, conversation.Agenda is null ? null : $"Agenda:\n{conversation.Agenda}", $"Format: {conversation.Format.Describe()}",
                conversation.LastMove is { } move ? $"Moved by {move.By}: {move.Reason}" : null }
            .Where(part => part is not null));
}
