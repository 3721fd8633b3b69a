using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.Routing.Features.FirmDirectory;

/// <summary>Routing's view of the firm network, kept from the firm network's events, each handled once through the inbox.</summary>
internal abstract class FirmDirectoryConsumer<TMessage>(RoutingDbContext db, TimeProvider clock) : InboxConsumer<TMessage, RoutingDbContext>(db, clock)
    where TMessage : class
{
    protected async Task<DirectoryFirm> FirmAsync(Guid firmId, CancellationToken cancellationToken)
    {
        var firm = await Db.Firms.FindAsync([firmId], cancellationToken);
        if (firm is null)
        {
            firm = new DirectoryFirm(firmId);
            Db.Firms.Add(firm);
        }

        return firm;
    }

    protected static IEnumerable<FirmSpecialism> Specialisms(IEnumerable<SpecialismData> specialisms) =>
        specialisms.Select(s => new FirmSpecialism(s.Sector, s.Function));
}

internal sealed class FirmVettedConsumer(RoutingDbContext db, TimeProvider clock) : FirmDirectoryConsumer<FirmVetted>(db, clock)
{
    protected override async Task HandleAsync(FirmVetted message, CancellationToken cancellationToken)
    {
        var firm = await FirmAsync(message.FirmId, cancellationToken);
        firm.Profile(message.Name, Specialisms(message.Specialisms), message.Regions, message.Seniorities, message.Capacity, message.InsuranceExpiresOn, message.AtUtc);
        firm.Vetted(message.ValidUntil, message.AtUtc);
    }
}

internal sealed class FirmProfileUpdatedConsumer(RoutingDbContext db, TimeProvider clock) : FirmDirectoryConsumer<FirmProfileUpdated>(db, clock)
{
    protected override async Task HandleAsync(FirmProfileUpdated message, CancellationToken cancellationToken) =>
        (await FirmAsync(message.FirmId, cancellationToken))
            .Profile(message.Name, Specialisms(message.Specialisms), message.Regions, message.Seniorities, message.Capacity, message.InsuranceExpiresOn, message.AtUtc);
}

internal sealed class FirmSuspendedConsumer(RoutingDbContext db, TimeProvider clock) : FirmDirectoryConsumer<FirmSuspended>(db, clock)
{
    protected override async Task HandleAsync(FirmSuspended message, CancellationToken cancellationToken) =>
        (await FirmAsync(message.FirmId, cancellationToken)).Suspend(message.AtUtc);
}

internal sealed class FirmReinstatedConsumer(RoutingDbContext db, TimeProvider clock) : FirmDirectoryConsumer<FirmReinstated>(db, clock)
{
    protected override async Task HandleAsync(FirmReinstated message, CancellationToken cancellationToken) =>
        (await FirmAsync(message.FirmId, cancellationToken)).Reinstate(message.AtUtc);
}

internal sealed class FirmVettingExpiredConsumer(RoutingDbContext db, TimeProvider clock) : FirmDirectoryConsumer<FirmVettingExpired>(db, clock)
{
    protected override async Task HandleAsync(FirmVettingExpired message, CancellationToken cancellationToken) =>
        (await FirmAsync(message.FirmId, cancellationToken)).Expire(message.AtUtc);
}
