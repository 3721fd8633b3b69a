using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Routing.Features.Responses;

/// <summary>A firm's answer reaches the coordinator's routing page; a decline frees the firm's capacity.</summary>
internal sealed class FirmRespondedConsumer(RoutingDbContext db, TimeProvider clock) : InboxConsumer<FirmRespondedToBrief, RoutingDbContext>(db, clock)
{
    protected override async Task HandleAsync(FirmRespondedToBrief message, CancellationToken cancellationToken)
    {
        var routed = await Db.RoutedFirms.SingleOrDefaultAsync(r => r.BriefId == message.BriefId && r.FirmId == message.FirmId, cancellationToken);
        var reason = Enum.TryParse<DeclineReason>(message.DeclineReason, out var parsed) ? parsed : (DeclineReason?)null;
        if (routed is null || !routed.Answer(message.Interested, reason, message.Note, message.RespondedAtUtc) || message.Interested)
        {
            return;
        }

        var firm = await Db.Firms.FindAsync([message.FirmId], cancellationToken);
        firm?.Declined();
    }
}
