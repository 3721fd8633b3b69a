using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Routing.Features.RoutableBriefs;

/// <summary>A confirmed brief becomes routable: routing keeps the facts it ranks firms by.</summary>
internal sealed class BriefConfirmedConsumer(RoutingDbContext db, TimeProvider clock) : InboxConsumer<BriefConfirmed, RoutingDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefConfirmed message, CancellationToken cancellationToken)
    {
        if (await Db.Briefs.FindAsync([message.BriefId], cancellationToken) is not null)
        {
            return;
        }

        var facts = message.Routing;
        Db.Briefs.Add(new RoutableBrief(message.BriefId, message.RpoOrganisationId, facts.ClientCompanyId, message.RoleTitle, facts.Sector, facts.Function,
            facts.Seniority, facts.Region, facts.Confidential, message.ConfirmedAtUtc));
    }
}
