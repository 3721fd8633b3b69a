using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Data;
using InterimExchange.Briefs.Domain;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Briefs.Features;

/// <summary>
/// Applies one change to one of an RPO's briefs: loads it within the RPO's tenancy, lets the entity enforce its rules,
/// and saves the change with its integration event in one SaveChanges.
/// </summary>
internal sealed class BriefChanges(BriefsDbContext db, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Brief?> FindAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        db.Briefs.SingleOrDefaultAsync(b => b.Id == briefId && b.RpoOrganisationId == rpoId, cancellationToken);

    public async Task<Result> ApplyAsync(BriefCommand command, Func<Brief, object?> change, CancellationToken cancellationToken)
    {
        var brief = await FindAsync(command.RpoId, command.BriefId, cancellationToken);
        return brief is null ? Result.NotFound() : await ApplyAsync(brief, change, cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/>; the event it returns, if any, goes to the outbox with it.</summary>
    public async Task<Result> ApplyAsync(Brief brief, Func<Brief, object?> change, CancellationToken cancellationToken)
    {
        object? integrationEvent;
        try
        {
            integrationEvent = change(brief);
        }
        catch (BriefRuleException rule)
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

internal static class BriefEventData
{
    public static Contracts.IntegrationEvents.BriefConfirmed Confirmed(this Brief brief, DateTime nowUtc)
    {
        var d = brief.Details;
        return new(brief.Id, brief.RpoOrganisationId, d.RoleTitle,
            new Contracts.IntegrationEvents.RoutingFacts(d.ClientCompanyId, d.Sector, d.Function, d.Seniority, d.Region, d.Confidential), brief.Criteria(), nowUtc);
    }

    public static IReadOnlyList<Contracts.IntegrationEvents.SuccessCriterionData> Criteria(this Brief brief) =>
        brief.Briefing.SuccessCriteria.Where(c => !c.IsBlank)
            .Select((c, i) => new Contracts.IntegrationEvents.SuccessCriterionData(i + 1, c.Outcome, c.Measure, c.Horizon!.Value.Describe()))
            .ToList();
}
