using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Relationships.Features.Reminders;

/// <summary>
/// What the clock brings, every hour: a request's answer due tomorrow (then daily once overdue, with the organisation's admins
/// told), an agreed conversation tomorrow, a conversation whose time has passed (each side asked what was agreed), a next step
/// due today, and a relationship past its cadence (its owner told once per overdue period). Each send is a row keyed by subject,
/// kind and day (ADR 0005) saved with its event, so that a second run or a second instance sends nothing twice.
/// </summary>
internal sealed class RelationshipReminders(RelationshipsDbContext db, TimeProvider clock) : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var sends = new List<Send>();

        var awaiting = await db.Conversations.AsNoTracking()
            .Where(c => c.State == ConversationState.Requested && c.RespondBy <= today.AddDays(1))
            .Where(c => !db.Reminders.Any(r => r.SubjectId == c.Id && r.Kind == "answer" && r.Day == today))
            .ToListAsync(cancellationToken);
        foreach (var conversation in awaiting)
        {
            var overdue = new Promise(conversation.RespondBy).DaysOverdue(today);
            // Before the date: one reminder the day before. After it: one a day until answered.
            if (overdue == 0 && conversation.RespondBy == today)
            {
                continue;
            }

            var (awaited, from) = conversation.AwaitingUserId == conversation.Requester.UserId
                ? (conversation.Requester, conversation.Responder)
                : (conversation.Responder, conversation.Requester);
            sends.Add(new(conversation.Id, "answer", today,
                new ConversationAnswerDue(conversation.Id, conversation.Purpose, awaited.Party, from.Party, conversation.RespondBy, overdue, now)));
        }

        var agreed = await db.Conversations.AsNoTracking()
            .Where(c => c.State == ConversationState.Accepted && c.StartsAtUtc <= now.AddDays(1))
            .Where(c => !db.Reminders.Any(r => r.SubjectId == c.Id && r.Kind == "follow-up"))
            .ToListAsync(cancellationToken);
        foreach (var conversation in agreed)
        {
            var start = conversation.StartsAtUtc!.Value;
            var startDay = DateOnly.FromDateTime(start);
            if (start > now)
            {
                // Keyed by the day it starts: a conversation moved to another day is reminded of again.
                sends.Add(new(conversation.Id, "coming-up", startDay, new ConversationComingUp(conversation.Id, conversation.Purpose, conversation.Parties, start, now)));
            }
            else if (start.AddMinutes(conversation.Minutes) <= now)
            {
                sends.Add(new(conversation.Id, "follow-up", startDay, new ConversationFollowUpDue(conversation.Id, conversation.Purpose, conversation.Parties, now)));
            }
        }

        var withNextSteps = await db.Conversations.AsNoTracking()
            .Where(c => c.State == ConversationState.Held && c.StartsAtUtc >= now.AddDays(-400))
            .Where(c => !db.Reminders.Any(r => r.SubjectId == c.Id && r.Kind.StartsWith("next-step") && r.Day == today))
            .ToListAsync(cancellationToken);
        foreach (var (conversation, record) in withNextSteps.SelectMany(c => c.Records.Where(r => r.NextStepOn == today && r.NextStep is not null).Select(r => (c, r))))
        {
            var person = conversation.People.FirstOrDefault(p => p.UserId == record.UserId)?.Party
                ?? new ConversationParty(record.UserId, conversation.RpoOrganisationId, record.Name);
            sends.Add(new(conversation.Id, $"next-step:{record.UserId:N}", today,
                new NextStepDue(conversation.Id, conversation.RelationshipId, person, record.NextStep!, today, now)));
        }

        var overdueRelationships = await db.Relationships.AsNoTracking()
            .Where(r => r.DueOn != null && r.DueOn <= today)
            .Where(r => !db.Reminders.Any(s => s.SubjectId == r.Id && s.Kind == "keep-in-touch" && s.Day == r.DueOn))
            .OrderBy(r => r.DueOn)
            .Take(5000)
            .ToListAsync(cancellationToken);
        foreach (var relationship in overdueRelationships)
        {
            // Keyed by the due date: once per overdue period; a contact moves the date, and the next period is told again.
            sends.Add(new(relationship.Id, "keep-in-touch", relationship.DueOn!.Value,
                new RelationshipOverdue(relationship.Id, relationship.RpoOrganisationId, relationship.OwnerId, relationship.CounterpartName, relationship.DueOn.Value,
                    Relationship.Reason(relationship.Highlight, relationship.LastContactAtUtc, relationship.StartedAtUtc), now)));
        }

        return await db.SaveEachOnceAsync(sends, send =>
        {
            db.Reminders.Add(new SentReminder(send.SubjectId, send.Kind, send.Day));
            db.AddToOutbox(send.Event, clock);
        }, cancellationToken);
    }

    /// <summary>One reminder: the row that keys it (subject, kind, day) and the event it sends.</summary>
    private sealed record Send(Guid SubjectId, string Kind, DateOnly Day, object Event);
}
