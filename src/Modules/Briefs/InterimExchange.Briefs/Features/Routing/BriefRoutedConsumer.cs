using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.Routing;

/// <summary>The first firm a confirmed brief reaches moves the brief on to routed.</summary>
internal sealed class BriefRoutedConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<BriefRoutedToFirm, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken)
    {
        var brief = await Db.Briefs.FindAsync([message.BriefId], cancellationToken);
        if (brief is { Status: BriefStatus.Confirmed })
        {
            brief.MarkRouted("InterimExchange", message.RoutedAtUtc);
        }
    }
}
