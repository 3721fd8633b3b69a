using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Data;
using InterimExchange.Routing.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Routing.Features.Exclusions;

/// <summary>The RPO's list of firms excluded for a client company, kept from the routing page of any of that client's briefs.</summary>
internal sealed class ExclusionsHandler(RoutingDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExclusionView>> ListAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await db.Exclusions.AsNoTracking()
            .Where(e => e.RpoOrganisationId == rpoId
                && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId && b.ClientCompanyId == e.ClientCompanyId))
            .OrderBy(e => e.FirmName)
            .Select(e => new ExclusionView(e.FirmId, e.FirmName, e.Reason, e.ExcludedBy, e.ExcludedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<Result> ExcludeAsync(ExcludeFirm request, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == request.BriefId && b.RpoOrganisationId == request.RpoId, cancellationToken);
        var firm = await db.Firms.AsNoTracking().SingleOrDefaultAsync(f => f.FirmId == request.FirmId, cancellationToken);
        if (brief is null || firm is null)
        {
            return Result.NotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Result.Failure(nameof(ExcludeFirm.Reason), "Say why the firm is excluded for this client: colleagues will read it.");
        }

        if (await db.Exclusions.AnyAsync(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && e.FirmId == firm.FirmId,
                cancellationToken))
        {
            return Result.Success;
        }

        db.Exclusions.Add(new ClientExclusion(brief, firm, request.Reason.Trim(), request.Actor, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> LiftAsync(Guid rpoId, Guid briefId, Guid firmId, CancellationToken cancellationToken)
    {
        var exclusion = await db.Exclusions.SingleOrDefaultAsync(e => e.RpoOrganisationId == rpoId && e.FirmId == firmId
            && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId && b.ClientCompanyId == e.ClientCompanyId), cancellationToken);
        if (exclusion is null)
        {
            return Result.NotFound();
        }

        db.Exclusions.Remove(exclusion);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
