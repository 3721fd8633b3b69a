using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.Calendar;

/// <summary>The calendar file of a conversation the caller takes part in, once it has a time (a cancelled one's cancels the event).</summary>
internal sealed class CalendarHandler(Parties parties, TimeProvider clock) : IQueryHandler<CalendarQuery, CalendarFile?>
{
    public async Task<CalendarFile?> HandleAsync(CalendarQuery query, CancellationToken cancellationToken)
    {
        var conversation = await parties.Conversations(query.By).AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.ConversationId, cancellationToken);
        return conversation is { StartsAtUtc: not null, State: ConversationState.Accepted or ConversationState.Held or ConversationState.Cancelled }
            ? new CalendarFile($"conversation-{conversation.Id:N}.ics", ConversationCalendar.For(conversation, clock.GetUtcNow().UtcDateTime))
            : null;
    }
}
