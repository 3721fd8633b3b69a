using InterimExchange.Accounts.Contracts;
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
        await ToAsync(await accounts.MembersAsync(organisationId, cancellationToken), title, body, link, cancellationToken);

    public async Task ToOwnerAndLeadsAsync(Guid rpoId, Guid ownerId, bool leadsToo, string title, string body, string link, CancellationToken cancellationToken)
    {
        var members = await accounts.MembersAsync(rpoId, cancellationToken);
        // An owner no longer at the RPO, or unknown, leaves the reminder with the RPO's leads.
        var owner = members.Where(m => m.UserId == ownerId).ToList();
        var leads = leadsToo || owner.Count == 0 ? members.Where(m => m.IsOrganisationAdmin) : [];
        await ToAsync(owner.Concat(leads).DistinctBy(m => m.UserId).ToList(), title, body, link, cancellationToken);
    }

    private async Task ToAsync(IReadOnlyList<TeamMemberView> people, string title, string body, string link, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.UserId).ToList();
        var digest = await db.Preferences.Where(p => ids.Contains(p.UserId) && p.Email == EmailPreference.DailyDigest).Select(p => p.UserId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            var notification = new Notification(person.UserId, person.Email, person.DisplayName, title, body, link, now);
            db.Notifications.Add(notification);
            if (!digest.Contains(person.UserId))
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

internal sealed class BriefRoutedToFirmNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<BriefRoutedToFirm, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.FirmId, $"New brief: {message.RoleTitle}",
            $"{message.Coordinator} routed {message.RoleTitle} to you. Answer by {message.RespondBy:d MMMM yyyy}; proposals are due {message.ProposalsDue:d MMMM yyyy}.",
            PortalLinks.RoutedBrief(message.BriefId, message.Channel == RoutingChannel.SourcingTeam), cancellationToken);
}

internal sealed class OutcomeGivenNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<OutcomeGiven, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(OutcomeGiven message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.FirmId, $"{OutcomeWords.Of(message.Outcome)}: your {message.What} for {message.RoleTitle}",
            $"Outcome for your {message.What} on {message.RoleTitle}: {OutcomeWords.Of(message.Outcome)}.\n\n{message.Message}",
            PortalLinks.RoutedBrief(message.BriefId, message.Channel == RoutingChannel.SourcingTeam), cancellationToken);
}

internal sealed class DecisionDateMovedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<DecisionDateMoved, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(DecisionDateMoved message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.FirmId, $"New decision date for {message.RoleTitle}",
            $"{message.By} moved the decision on your {message.What} for {message.RoleTitle} from {message.From:d MMMM yyyy} to {message.To:d MMMM yyyy}: {message.Reason}",
            PortalLinks.RoutedBrief(message.BriefId, message.Channel == RoutingChannel.SourcingTeam), cancellationToken);
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

internal sealed class ProposalSubmittedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<ProposalSubmitted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(ProposalSubmitted message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.RpoOrganisationId, $"Proposal from {message.FirmName}",
            $"{message.FirmName} submitted a proposal with {message.Candidates} {(message.Candidates == 1 ? "candidate" : "candidates")}. Its terms stay sealed until scoring is complete.",
            PortalLinks.BriefEvaluation(message.BriefId), cancellationToken);
}

internal sealed class BriefingSubmittedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<BriefingSubmitted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(BriefingSubmitted message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.RpoOrganisationId, "A briefing was submitted",
            "The client executive submitted the structured briefing. Review it, and confirm the success criteria or ask for a clarification.",
            PortalLinks.Brief(message.BriefId), cancellationToken);
}

internal sealed class FirmVettedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : InboxConsumer<FirmVetted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(FirmVetted message, CancellationToken cancellationToken) =>
        deliveries.ToOrganisationAsync(message.FirmId, "Your firm is vetted",
            $"{message.Name} is vetted: briefs that fit your specialisms can now be routed to you.", PortalLinks.FirmHome, cancellationToken);
}
