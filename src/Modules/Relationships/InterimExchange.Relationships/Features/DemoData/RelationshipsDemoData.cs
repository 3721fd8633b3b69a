using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Relationships.Features.DemoData;

/// <summary>
/// Northbridge's relationships in three states: Meridian overdue for keeping in touch with a reason drawn from the record (and the
/// Quality Director brief routed to it, so that Meridian can ask to meet Valdora's executive through the coordinator); RegPath
/// asked for a conversation and not yet answering; Valdora with a conversation held last week, what was agreed and a next step.
/// </summary>
internal sealed class RelationshipsDemoData(RelationshipsDbContext db, Parties parties, IAccounts accounts, IBriefs briefs, TimeProvider clock) : IDemoData
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var northbridge = DemoAccounts.Northbridge;
        if (await db.Relationships.AnyAsync(r => r.RpoOrganisationId == northbridge.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var coordinators = await parties.PeopleAsync(northbridge.Id, northbridge.Name, PartyKind.Rpo, cancellationToken);
        var amelia = coordinators.First(p => p.Email == northbridge.People[0].Email);
        var (meridianOrg, regPathOrg) = (DemoAccounts.Firms[0], DemoAccounts.Firms[1]);

        var meridian = new Relationship(northbridge.Id, northbridge.Name, meridianOrg.Id, CounterpartKind.Firm, meridianOrg.Name, amelia.UserId, now.AddDays(-120));
        var (routedAt, respondBy, due) = DemoBriefs.QualityDirectorRouting(now);
        meridian.Contacted(now.AddDays(-52));
        meridian.Highlighted($"They proposed for {DemoBriefs.QualityDirectorTitle} in {routedAt:MMMM yyyy}");
        db.Relationships.Add(meridian);
        db.RoutedBriefs.Add(new RoutedBrief(DemoBriefs.QualityDirector, meridianOrg.Id, meridian.Id, DemoBriefs.QualityDirectorTitle, amelia.UserId));
        db.Timeline.AddRange(
            new TimelineEntry(meridian.Id, now.AddDays(-52), TimelineKind.Contact, "Call logged by Amelia Hart: caught up on their bench for pharma quality roles.", privateTo: northbridge.Id),
            new TimelineEntry(meridian.Id, routedAt, TimelineKind.Routed,
                $"Amelia Hart routed {DemoBriefs.QualityDirectorTitle} to {meridianOrg.Name}: answer by {respondBy:d MMMM yyyy}, proposals due {due:d MMMM yyyy}.", briefId: DemoBriefs.QualityDirector),
            new TimelineEntry(meridian.Id, routedAt.AddDays(1), TimelineKind.Answered, $"{meridianOrg.Name} answered interested in {DemoBriefs.QualityDirectorTitle}.", briefId: DemoBriefs.QualityDirector));

        var regPath = new Relationship(northbridge.Id, northbridge.Name, regPathOrg.Id, CounterpartKind.Firm, regPathOrg.Name, amelia.UserId, now.AddDays(-30));
        db.Relationships.Add(regPath);
        var daniel = (await parties.PeopleAsync(regPathOrg.Id, regPathOrg.Name, PartyKind.Firm, cancellationToken))[0];
        var firstTime = Slot(now, 4, 10);
        var request = Conversation.Request(regPath, amelia, daniel, false, null, null, "We need to talk because our pharma clients are asking for regulatory affairs interims in Q1.",
            "1. Your bench for regulatory affairs\n2. How you like briefs routed", ConversationFormat.Video, "https://meet.example/northbridge-regpath", 45,
            [firstTime, Slot(now, 4, 15)], null, now.AddHours(-2));
        db.Conversations.Add(request);
        db.Timeline.Add(new TimelineEntry(regPath.Id, now.AddHours(-2), TimelineKind.Conversation,
            $"Amelia Hart ({northbridge.Name}) asked Daniel Weber for a conversation: {request.Purpose}", conversationId: request.Id));

        // Each demo brief's client, as the briefing and confirmation events would have recorded it.
        foreach (var brief in (await briefs.AskAsync(new ListBriefsQuery(northbridge.Id, null, null, 1, 50), cancellationToken)).Items)
        {
            await db.ClientRelationshipAsync(accounts, briefs, northbridge.Id, brief.Id, now.AddDays(-20), cancellationToken);
        }

        var valdoraOrg = DemoAccounts.Valdora;
        var valdora = db.Relationships.Local.Single(r => r.CounterpartId == valdoraOrg.Id);
        valdora.OwnedBy(amelia.UserId);
        var sofia = (await parties.PeopleAsync(valdoraOrg.Id, valdoraOrg.Name, PartyKind.Client, cancellationToken))[0];
        var heldAt = Slot(now, -7, 14);
        var held = Conversation.Request(valdora, amelia, sofia, false, DemoBriefs.QualityDirector, DemoBriefs.QualityDirectorTitle,
            $"We need to talk because the {DemoBriefs.QualityDirectorTitle} brief needs your view on the inspection timeline.", null, ConversationFormat.Phone, null, 30,
            [heldAt, heldAt.AddDays(1)], null, heldAt.AddDays(-5));
        var sofiaCaller = new Caller(valdoraOrg.Id, valdoraOrg.Name, OrganisationKind.ClientCompany, sofia.UserId, sofia.Name, false, sofia.Email, sofia.TimeZone);
        var ameliaCaller = new Caller(northbridge.Id, northbridge.Name, OrganisationKind.RpoProvider, amelia.UserId, amelia.Name, false, amelia.Email, amelia.TimeZone);
        held.Accept(sofiaCaller, heldAt, null, heldAt.AddDays(-4));
        held.Record(ameliaCaller, "The inspection is in March: the interim must start by 1 February.", "Send Sofia the shortlist", DateOnly.FromDateTime(now).AddDays(3), heldAt.AddHours(1));
        held.Record(sofiaCaller, "Start by 1 February; quality systems experience over pharma brand names.", null, null, heldAt.AddHours(2));
        db.Conversations.Add(held);
        valdora.Contacted(heldAt);
        valdora.NextStepAgreed(Side.Rpo, "Send Sofia the shortlist", DateOnly.FromDateTime(now).AddDays(3));
        db.Timeline.AddRange(
            new TimelineEntry(valdora.Id, heldAt.AddDays(-5), TimelineKind.Conversation, $"Amelia Hart ({northbridge.Name}) asked Dr Sofia Lindqvist for a conversation: {held.Purpose}",
                briefId: DemoBriefs.QualityDirector, conversationId: held.Id),
            new TimelineEntry(valdora.Id, heldAt.AddHours(1), TimelineKind.Conversation,
                $"Conversation held: {held.Purpose} Amelia Hart recorded: The inspection is in March: the interim must start by 1 February.", briefId: DemoBriefs.QualityDirector,
                conversationId: held.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A working-day hour <paramref name="days"/> from today, at <paramref name="hour"/>:00 in Amsterdam.</summary>
    private static DateTime Slot(DateTime now, int days, int hour)
    {
        var day = DateOnly.FromDateTime(now).AddDays(days);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(days < 0 ? -1 : 1);
        }

        return LocalTimes.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)), LocalTimes.DefaultZone).Utc!.Value;
    }
}
