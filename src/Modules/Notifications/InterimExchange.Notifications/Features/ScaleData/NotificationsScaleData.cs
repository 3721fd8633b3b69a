using InterimExchange.Accounts.Contracts;

namespace InterimExchange.Notifications.Features.ScaleData;

/// <summary>
/// What the scale plan told people: the demo firm's members each brief routed to it, the RPO's members each interested answer.
/// The last two weeks are unread.
/// </summary>
internal sealed class NotificationsScaleData(NotificationsDbContext db, IAccounts accounts) : IScaleData
{
    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        var firmPeople = await accounts.AskAsync(new MembersQuery(plan.DemoFirmId), cancellationToken);
        var rpoPeople = await accounts.AskAsync(new MembersQuery(plan.RpoId), cancellationToken);
        var firstBrief = PortalLinks.BriefEvaluation(plan.BriefId(0));
        if (await db.Notifications.AnyAsync(n => n.Link == firstBrief, cancellationToken))
        {
            return;
        }

        var unreadAfter = plan.NowUtc.AddDays(-14);
        for (var i = 0; i < plan.Briefs; i++)
        {
            var routedAt = plan.RoutedAtUtc(i);
            foreach (var (slot, f) in plan.FirmsFor(i))
            {
                if (f == 0)
                {
                    Tell(firmPeople, $"New brief: {ScalePlan.RoleTitle(i)}", ScalePlan.RoutingNote,
                        PortalLinks.RoutedBrief(plan.BriefId(i), sourcingTeam: false), routedAt, unreadAfter);
                }

                if (plan.Answered(i) && plan.Interested(i, slot))
                {
                    Tell(rpoPeople, $"{plan.FirmName(f)} is interested", $"{plan.FirmName(f)} answered interested in {ScalePlan.RoleTitle(i)}.",
                        PortalLinks.BriefEvaluation(plan.BriefId(i)), plan.AnsweredAtUtc(i, slot), unreadAfter);
                }
            }

            if (i % 1_000 == 999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Tell(IReadOnlyList<TeamMemberView> people, string title, string body, string link, DateTime atUtc, DateTime unreadAfter)
    {
        foreach (var person in people)
        {
            var notification = new Notification(person.UserId, person.Email, person.DisplayName, title, body, link, atUtc, person.TimeZone);
            notification.Emailed(atUtc);
            if (atUtc < unreadAfter)
            {
                notification.MarkRead(atUtc.AddHours(2));
            }

            db.Notifications.Add(notification);
        }
    }
}
