using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.ReceiveRoutedBrief;

/// <summary>A routed brief lands in the firm's inbox once, however often the message is delivered.</summary>
internal sealed class BriefRoutedToFirmConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefRoutedToFirm, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken)
    {
        if (await Db.InboxItems.AnyAsync(i => i.BriefId == message.BriefId && i.FirmId == message.FirmId, cancellationToken))
        {
            return;
        }

        var item = new InboxItem(message.BriefId, message.FirmId, message.FirmName, message.Channel, message.RpoOrganisationId, message.RoleTitle, message.Note, message.Reasons,
            message.RespondBy, message.ProposalsDue, message.RoutedAtUtc);
        Db.InboxItems.Add(item);
        Db.Routed(item, message.CoordinatorId, message.Coordinator, await Db.PolicyAsync(message.RpoOrganisationId, cancellationToken));
    }
}
