using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.FirmNetwork.Data;
using InterimExchange.FirmNetwork.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.FirmNetwork.Features;

/// <summary>Applies one change to one firm: the firm enforces its rules; the change and its event are saved together.</summary>
internal sealed class FirmChanges(FirmNetworkDbContext db, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result> ApplyAsync(Guid firmId, Func<Firm, object?> change, CancellationToken cancellationToken)
    {
        var firm = await db.Firms.SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);
        if (firm is null)
        {
            return Result.NotFound();
        }

        object? integrationEvent;
        try
        {
            integrationEvent = change(firm);
        }
        catch (VettingRuleException rule)
        {
            return Result.Failure("", rule.Message);
        }

        if (integrationEvent is not null)
        {
            db.AddToOutbox(integrationEvent, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}

internal static class FirmEventData
{
    public static FirmVetted Vetted(this Firm firm, DateTime nowUtc) => new(firm.Id, firm.Profile.Name, Specialisms(firm), firm.Profile.Regions,
        firm.Profile.Seniorities, firm.Capacity, firm.VettedUntil!.Value, firm.Profile.InsuranceExpiresOn, nowUtc);

    public static FirmProfileUpdated ProfileUpdated(this Firm firm, DateTime nowUtc) => new(firm.Id, firm.Profile.Name, Specialisms(firm),
        firm.Profile.Regions, firm.Profile.Seniorities, firm.Capacity, firm.Profile.InsuranceExpiresOn, nowUtc);

    private static List<SpecialismData> Specialisms(Firm firm) => firm.Profile.Specialisms.Select(s => new SpecialismData(s.Sector, s.Function)).ToList();
}
