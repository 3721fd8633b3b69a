using InterimExchange.Briefs.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// Reviews are due: the engagement's owner and the client executives invited to the brief are asked on the day; once overdue, every
/// day, with the RPO's leads told too.
/// </summary>
internal sealed class EngagementReviewDueNotification(NotificationsDbContext db, Deliveries deliveries, IBriefs executives, TimeProvider clock)
    : InboxConsumer<EngagementReviewDue, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(EngagementReviewDue message, CancellationToken cancellationToken)
    {
        var title = message.DaysOverdue > 0
            ? $"Review overdue by {message.DaysOverdue} {(message.DaysOverdue == 1 ? "day" : "days")}: {message.Interim} on {message.RoleTitle}"
            : $"Review due: {message.Interim} on {message.RoleTitle}";
        var body = $"{message.Criteria} success {(message.Criteria == 1 ? "criterion is" : "criteria are")} due for review since {message.ReviewOn:d MMMM yyyy}: met, partly met or not met, with a line of evidence.";
        await deliveries.ToOwnerAndLeadsAsync(message.RpoOrganisationId, message.OwnerId, leadsToo: message.DaysOverdue > 0, title, body,
            PortalLinks.Engagement(message.BriefId, "rpo"), cancellationToken);
        await deliveries.ToPeopleAsync((await executives.AskAsync(new BriefExecutivesQuery(message.BriefId), cancellationToken)).Select(e => (e.OrganisationId, e.UserId)),
            _ => (title, body), PortalLinks.Engagement(message.BriefId, "client"), cancellationToken);
    }
}

/// <summary>The firm reads each review of its interim as it is given.</summary>
internal sealed class CriterionReviewedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<CriterionReviewed>(db, deliveries, clock)
{
    protected override Notice? For(CriterionReviewed message) => new(message.FirmId, $"{message.Interim} reviewed on {message.RoleTitle}: {message.Rating.Describe()}",
        $"Criterion {message.Number}, \"{message.Outcome}\": {message.Rating.Describe()}.\n\nEvidence, from {message.By}: {message.Evidence}", PortalLinks.Engagement(message.BriefId, "firm"));
}

internal sealed class EngagementExtendedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<EngagementExtended>(db, deliveries, clock)
{
    protected override Notice? For(EngagementExtended message) => new(message.FirmId, $"Engagement extended: {message.RoleTitle}",
        $"{message.By} extended the engagement on {message.RoleTitle} from {message.From:d MMMM yyyy} to {message.To:d MMMM yyyy}.", PortalLinks.Engagement(message.BriefId, "firm"));
}

internal sealed class EngagementEndedNotification(NotificationsDbContext db, Deliveries deliveries, TimeProvider clock)
    : OrganisationNotification<EngagementEnded>(db, deliveries, clock)
{
    protected override Notice? For(EngagementEnded message) => new(message.FirmId, $"Engagement ended: {message.RoleTitle}",
        $"{message.By} ended the engagement on {message.RoleTitle} on {message.EndedOn:d MMMM yyyy}: {message.Reason.Describe()}. {message.Note}", PortalLinks.Engagement(message.BriefId, "firm"));
}
