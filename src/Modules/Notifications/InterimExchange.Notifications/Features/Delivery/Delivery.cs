using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using Microsoft.Extensions.Options;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// Puts a notification in each recipient's centre and, for those who want them at once, an email with a deep link in the
/// outbox, in the consumer's SaveChanges: a notification is never emailed without being recorded, nor twice.
/// </summary>
internal sealed class Deliveries(NotificationsDbContext db, IAccounts accounts, IOptions<SiteOptions> site, TimeProvider clock)
{
    public async Task ToOrganisationAsync(Guid organisationId, string title, string body, string link, CancellationToken cancellationToken) =>
        await ToAsync(await accounts.AskAsync(new MembersQuery(organisationId), cancellationToken), _ => (title, body), link, cancellationToken);

    /// <summary>
    /// Tells each named person (when still a member of their organisation) what <paramref name="notice"/> words for them, such as a time
    /// on their own clock. <paramref name="emailedElsewhere"/>: another module already emailed them about it (a calendar invitation), so
    /// the notification is recorded in their centre only, and counts as emailed.
    /// </summary>
    public async Task ToPeopleAsync(IEnumerable<(Guid OrganisationId, Guid UserId)> people, Func<TeamMemberView, (string Title, string Body)> notice, string link,
        CancellationToken cancellationToken, bool emailedElsewhere = false)
    {
        var found = new List<TeamMemberView>();
        foreach (var organisation in people.GroupBy(p => p.OrganisationId))
        {
            var ids = organisation.Select(p => p.UserId).ToHashSet();
            found.AddRange((await accounts.AskAsync(new MembersQuery(organisation.Key), cancellationToken)).Where(m => ids.Contains(m.UserId)));
        }

        await ToAsync(found.DistinctBy(m => m.UserId).ToList(), notice, link, cancellationToken, emailedElsewhere);
    }

    public async Task ToOwnerAndLeadsAsync(Guid rpoId, Guid ownerId, bool leadsToo, string title, string body, string link, CancellationToken cancellationToken)
    {
        var members = await accounts.AskAsync(new MembersQuery(rpoId), cancellationToken);
        // An owner no longer at the RPO, or unknown, leaves the reminder with the RPO's leads.
        var owner = members.Where(m => m.UserId == ownerId).ToList();
        var leads = leadsToo || owner.Count == 0 ? members.Where(m => m.IsOrganisationAdmin) : [];
        await ToAsync(owner.Concat(leads).DistinctBy(m => m.UserId).ToList(), _ => (title, body), link, cancellationToken);
    }

    private async Task ToAsync(IReadOnlyList<TeamMemberView> people, Func<TeamMemberView, (string Title, string Body)> notice, string link, CancellationToken cancellationToken,
        bool emailedElsewhere = false)
    {
        var ids = people.Select(p => p.UserId).ToList();
        var digest = await db.Preferences.Where(p => ids.Contains(p.UserId) && p.Email == EmailPreference.DailyDigest).Select(p => p.UserId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            var (title, body) = notice(person);
            var notification = new Notification(person.UserId, person.Email, person.DisplayName, title, body, link, now, person.TimeZone);
            db.Notifications.Add(notification);
            if (emailedElsewhere)
            {
                notification.Emailed(now);
            }
            else if (!digest.Contains(person.UserId))
            {
                notification.Emailed(now);
                db.AddToOutbox(new EmailRequested(person.Email, person.DisplayName, title,
                    $"Hello {person.DisplayName},\n\n{body}\n\nOpen it: {site.Value.Link(link)}\n\n{Footer()}"), clock);
            }
        }
    }

    public string Footer() =>
        $"You receive each notification by email as it happens. To receive one digest a day instead, choose it in your notification centre: {site.Value.Link(PortalLinks.Notifications)}\n";
}

/// <summary>What an event tells an organisation's members: the title, the text, and the page it is about.</summary>
internal sealed record Notice(Guid OrganisationId, string Title, string Body, string Link)
{
    /// <summary>A routed brief's page for the firm it was routed to: the firm portal, or the RPO portal for its own sourcing team.</summary>
    public static string RoutedBrief(Guid briefId, RoutingChannel channel) => PortalLinks.RoutedBrief(briefId, channel == RoutingChannel.SourcingTeam);
}

/// <summary>Tells every member of one organisation about an event, once however often it is delivered.</summary>
internal abstract class OrganisationNotification<TMessage>(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<TMessage, NotificationsDbContext>(db, clock)
    where TMessage : class
{
    protected override async Task HandleAsync(TMessage message, CancellationToken cancellationToken)
    {
        if (await ForAsync(message, cancellationToken) is { } notice)
        {
            await deliveries.ToOrganisationAsync(notice.OrganisationId, notice.Title, notice.Body, notice.Link, cancellationToken);
        }
    }

    /// <summary>What the event tells the organisation's members, or null when it tells nobody.</summary>
    protected virtual Task<Notice?> ForAsync(TMessage message, CancellationToken cancellationToken) => Task.FromResult<Notice?>(For(message));

    protected virtual Notice? For(TMessage message) => null;
}

/// <summary>
/// A firm hears of a brief routed to it as its first contact: why it was chosen (the coordinator's note to it) first, then what
/// success looks like, then the dates. Never the commercial section; never the client when the brief is confidential.
/// </summary>
internal sealed class BriefRoutedToFirmNotification(NotificationsDbContext db, Deliveries deliveries, IBriefs briefs, TimeProvider clock)
    : OrganisationNotification<BriefRoutedToFirm>(db, deliveries, clock)
{
    protected override async Task<Notice?> ForAsync(BriefRoutedToFirm message, CancellationToken cancellationToken)
    {
        var brief = await briefs.AskAsync(new FirmBriefQuery(message.BriefId), cancellationToken);
        var criteria = brief?.SuccessCriteria.Select(c => $"- {c.Outcome} ({(c.Horizon == Horizon.EndOfAssignment ? "by the end of the assignment" : $"within {c.Horizon?.Describe()}")})") ?? [];
        return new Notice(message.FirmId, $"New brief: {message.RoleTitle}",
            $"""
            {message.Note}

            What success looks like in this role:
            {string.Join("\n", criteria)}

            {message.Coordinator} asks you to answer by {message.RespondBy:d MMMM yyyy}; proposals are due {message.ProposalsDue:d MMMM yyyy}.
            """, Notice.RoutedBrief(message.BriefId, message.Channel));
    }
}

internal sealed class OutcomeGivenNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<OutcomeGiven>(db, deliveries, clock)
{
    // A firm whose candidate is selected is asked for the interim's name (proposals name candidates by an alias), not told of "your candidate Candidate C".
    protected override Notice? For(OutcomeGiven message) => message is { Outcome: Outcome.Selected, Channel: RoutingChannel.SpecialistFirm }
        ? new(message.FirmId, $"Selected for {message.RoleTitle}: please give the interim's name", message.Message, Notice.RoutedBrief(message.BriefId, message.Channel))
        : new(message.FirmId, $"{OutcomeWords.Of(message.Outcome)}: your {message.What} for {message.RoleTitle}",
            $"Outcome for your {message.What} on {message.RoleTitle}: {OutcomeWords.Of(message.Outcome)}.\n\n{message.Message}", Notice.RoutedBrief(message.BriefId, message.Channel));
}

internal sealed class DecisionDateMovedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<DecisionDateMoved>(db, deliveries, clock)
{
    protected override Notice? For(DecisionDateMoved message) => new(message.FirmId, $"New decision date for {message.RoleTitle}",
        $"{message.By} moved the decision on your {message.What} for {message.RoleTitle} from {message.From:d MMMM yyyy} to {message.To:d MMMM yyyy}: {message.Reason}",
        Notice.RoutedBrief(message.BriefId, message.Channel));
}

internal sealed class ProposalSubmittedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<ProposalSubmitted>(db, deliveries, clock)
{
    protected override Notice? For(ProposalSubmitted message) => new(message.RpoOrganisationId, $"Proposal from {message.FirmName}",
        $"{message.FirmName} submitted a proposal with {message.Candidates} {(message.Candidates == 1 ? "candidate" : "candidates")}. Its terms stay sealed until scoring is complete.",
        PortalLinks.BriefEvaluation(message.BriefId));
}

/// <summary>The evaluators hear of an amended proposal, and what to score again: the scores of what changed were cleared.</summary>
internal sealed class ProposalAmendedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<ProposalAmended>(db, deliveries, clock)
{
    protected override Notice? For(ProposalAmended message) => new(message.RpoOrganisationId, $"{message.FirmName} amended its proposal",
        message.Changed.Count == 0
            ? $"{message.FirmName} submitted version {message.Version} of its proposal. Nothing evaluators score changed, so every score stands."
            : $"{message.FirmName} submitted version {message.Version} of its proposal, changing {string.Join(", ", message.Changed)}. The scores given to what changed were cleared: score it again.",
        PortalLinks.BriefEvaluation(message.BriefId));
}

internal sealed class BriefingSubmittedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<BriefingSubmitted>(db, deliveries, clock)
{
    protected override Notice? For(BriefingSubmitted message) => new(message.RpoOrganisationId, "A briefing was submitted",
        "The client executive submitted the structured briefing. Review it, and confirm the success criteria or ask for a clarification.", PortalLinks.Brief(message.BriefId));
}

internal sealed class FirmVettedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<FirmVetted>(db, deliveries, clock)
{
    protected override Notice? For(FirmVetted message) => message.TellTheFirm
        ? new(message.FirmId, "Your firm is vetted", $"{message.Name} is vetted: briefs that fit your specialisms can now be routed to you.", PortalLinks.FirmHome)
        : null;
}

internal sealed class DecisionReminderNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<DecisionReminderDue, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(DecisionReminderDue message, CancellationToken cancellationToken) =>
        message.DaysOverdue > 0
            ? deliveries.ToOwnerAndLeadsAsync(message.RpoOrganisationId, message.OwnerId, leadsToo: true,
                $"Overdue by {message.DaysOverdue} {(message.DaysOverdue == 1 ? "day" : "days")}: {message.FirmName} on {message.RoleTitle}",
                $"{message.FirmName} was promised an outcome on its {message.What} for {message.RoleTitle} by {message.DecisionBy:d MMMM yyyy}, and is still waiting. Give the outcome, or move the date with a reason the firm will read.",
                PortalLinks.BriefOutcomes(message.BriefId), cancellationToken)
            : deliveries.ToOwnerAndLeadsAsync(message.RpoOrganisationId, message.OwnerId, leadsToo: false,
                $"Decision due {message.DecisionBy:d MMMM}: {message.FirmName} on {message.RoleTitle}",
                $"{message.FirmName} was promised an outcome on its {message.What} for {message.RoleTitle} by {message.DecisionBy:d MMMM yyyy}.",
                PortalLinks.BriefOutcomes(message.BriefId), cancellationToken);
}
