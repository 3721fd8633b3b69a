using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Relationships.Features.Timeline;

/// <summary>
/// The relationship timeline is built from the other modules' events, never by calling them for their tables: a brief routed to a
/// firm begins (or continues) the RPO's relationship with it; answers, proposals, outcomes and engagements are written into it.
/// Each consumer runs once per message through the module's inbox.
/// </summary>
internal sealed class BriefRoutedToFirmTimeline(RelationshipsDbContext db, IAccounts accounts, TimeProvider clock)
    : InboxConsumer<BriefRoutedToFirm, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken)
    {
        // The RPO's own sourcing team is the RPO itself: no relationship with oneself.
        if (message.Channel == RoutingChannel.SourcingTeam || await Db.RoutedBriefs.AnyAsync(r => r.BriefId == message.BriefId && r.FirmId == message.FirmId, cancellationToken))
        {
            return;
        }

        var relationship = await Db.RelationshipAsync(accounts, message.RpoOrganisationId, message.FirmId, CounterpartKind.Firm, message.FirmName, message.CoordinatorId,
            message.RoutedAtUtc, cancellationToken);
        Db.RoutedBriefs.Add(new RoutedBrief(message.BriefId, message.FirmId, relationship.Id, message.RoleTitle, message.CoordinatorId));
        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.RoutedAtUtc, TimelineKind.Routed,
            $"{message.Coordinator} routed {message.RoleTitle} to {message.FirmName}: answer by {message.RespondBy:d MMMM yyyy}, proposals due {message.ProposalsDue:d MMMM yyyy}.",
            briefId: message.BriefId));
        relationship.Highlighted($"You routed {message.RoleTitle} to them in {Timelines.Month(message.RoutedAtUtc)}");
    }
}

internal sealed class FirmRespondedTimeline(RelationshipsDbContext db, TimeProvider clock) : InboxConsumer<FirmRespondedToBrief, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(FirmRespondedToBrief message, CancellationToken cancellationToken)
    {
        if (await Db.OfRoutedBriefAsync(message.BriefId, message.FirmId, cancellationToken) is not { } relationship)
        {
            return;
        }

        var role = await Db.RoutedBriefs.Where(r => r.BriefId == message.BriefId && r.FirmId == message.FirmId).Select(r => r.RoleTitle).SingleAsync(cancellationToken);
        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.RespondedAtUtc, TimelineKind.Answered, message.Interested
            ? $"{relationship.CounterpartName} answered interested in {role}.{(string.IsNullOrWhiteSpace(message.Note) ? "" : $" \"{message.Note}\"")}"
            : $"{relationship.CounterpartName} declined {role}.", briefId: message.BriefId));
    }
}

internal sealed class ProposalSubmittedTimeline(RelationshipsDbContext db, TimeProvider clock) : InboxConsumer<ProposalSubmitted, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProposalSubmitted message, CancellationToken cancellationToken)
    {
        if (await Db.OfRoutedBriefAsync(message.BriefId, message.FirmId, cancellationToken) is not { } relationship)
        {
            return;
        }

        var role = await Db.RoutedBriefs.Where(r => r.BriefId == message.BriefId && r.FirmId == message.FirmId).Select(r => r.RoleTitle).SingleAsync(cancellationToken);
        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.AtUtc, TimelineKind.Proposal,
            $"{message.FirmName} proposed {message.Candidates} {(message.Candidates == 1 ? "candidate" : "candidates")} for {role}.", briefId: message.BriefId));
        relationship.Highlighted($"They proposed for {role} in {Timelines.Month(message.AtUtc)}");
    }
}

internal sealed class OutcomeGivenTimeline(RelationshipsDbContext db, TimeProvider clock) : InboxConsumer<OutcomeGiven, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutcomeGiven message, CancellationToken cancellationToken)
    {
        if (message.Channel == RoutingChannel.SourcingTeam || await Db.OfRoutedBriefAsync(message.BriefId, message.FirmId, cancellationToken) is not { } relationship)
        {
            return;
        }

        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.AtUtc, TimelineKind.Outcome,
            $"{OutcomeWords.Of(message.Outcome)}: their {message.What} for {message.RoleTitle}.", briefId: message.BriefId));
        if (message.Outcome == Outcome.Selected)
        {
            relationship.Highlighted($"Their {message.What} was selected for {message.RoleTitle} in {Timelines.Month(message.AtUtc)}");
        }
    }
}

internal sealed class EngagementStartedTimeline(RelationshipsDbContext db, TimeProvider clock) : InboxConsumer<EngagementStarted, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(EngagementStarted message, CancellationToken cancellationToken)
    {
        if (await Db.OfRoutedBriefAsync(message.BriefId, message.FirmId, cancellationToken) is not { } relationship)
        {
            return;
        }

        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.AtUtc, TimelineKind.Engagement,
            $"Engagement: {message.CandidateAlias} starts on {message.StartDate:d MMMM yyyy}.", briefId: message.BriefId));
        relationship.Highlighted($"Their interim {message.CandidateAlias} started an engagement on {message.StartDate:d MMMM yyyy}");
    }
}

/// <summary>
/// The firm named its selected interim (or corrected the name): the timeline says so, and the relationship's highlight, written
/// under the alias or the earlier name, reads the name from now on.
/// </summary>
internal sealed class InterimNamedTimeline(RelationshipsDbContext db, TimeProvider clock) : InboxConsumer<InterimNamed, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(InterimNamed message, CancellationToken cancellationToken)
    {
        if (await Db.OfRoutedBriefAsync(message.BriefId, message.FirmId, cancellationToken) is not { } relationship)
        {
            return;
        }

        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.AtUtc, TimelineKind.Engagement, message.Previous is null
            ? $"{relationship.CounterpartName} named its interim on {message.RoleTitle}: {message.InterimName} (proposed as {message.CandidateAlias})."
            : $"{relationship.CounterpartName} corrected its interim's name on {message.RoleTitle}: {message.InterimName}, not {message.Previous}.", briefId: message.BriefId));
        var known = $"Their interim {message.Previous ?? message.CandidateAlias} ";
        if (relationship.Highlight?.StartsWith(known, StringComparison.Ordinal) == true)
        {
            relationship.Highlighted($"Their interim {message.InterimName} {relationship.Highlight[known.Length..]}");
        }
    }
}

internal sealed class BriefingSubmittedTimeline(RelationshipsDbContext db, IAccounts accounts, IBriefs briefs, TimeProvider clock)
    : InboxConsumer<BriefingSubmitted, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefingSubmitted message, CancellationToken cancellationToken)
    {
        if (await Db.ClientRelationshipAsync(accounts, briefs, message.RpoOrganisationId, message.BriefId, message.SubmittedAtUtc, cancellationToken) is { } relationship)
        {
            Db.Timeline.Add(new TimelineEntry(relationship.Id, message.SubmittedAtUtc, TimelineKind.Routed, "The executive submitted the structured briefing.", briefId: message.BriefId));
        }
    }
}

internal sealed class BriefConfirmedTimeline(RelationshipsDbContext db, IAccounts accounts, IBriefs briefs, TimeProvider clock)
    : InboxConsumer<BriefConfirmed, RelationshipsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefConfirmed message, CancellationToken cancellationToken)
    {
        if (await Db.ClientRelationshipAsync(accounts, briefs, message.RpoOrganisationId, message.BriefId, message.ConfirmedAtUtc, cancellationToken) is not { } relationship)
        {
            return;
        }

        Db.Timeline.Add(new TimelineEntry(relationship.Id, message.ConfirmedAtUtc, TimelineKind.Routed,
            $"The success criteria of {message.RoleTitle} were confirmed: the brief goes to firms.", briefId: message.BriefId));
        relationship.Highlighted($"You confirmed {message.RoleTitle} with them in {Timelines.Month(message.ConfirmedAtUtc)}");
    }
}
