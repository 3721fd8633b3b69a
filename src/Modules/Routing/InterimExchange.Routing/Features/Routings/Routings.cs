using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using InterimExchange.Routing.Data;
using InterimExchange.Routing.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Routing.Features.Routings;

/// <summary>The coordinator's routing: checks every chosen firm is still eligible, records each routing, and tells each firm.</summary>
internal sealed class RouteBriefHandler(RoutingDbContext db, TimeProvider clock)
{
    public const int DefaultRespondByBusinessDays = 3;
    public const int DefaultProposalsDueBusinessDays = 10;

    public async Task<Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.SingleOrDefaultAsync(b => b.BriefId == request.BriefId && b.RpoOrganisationId == request.RpoId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var respondBy = request.RespondBy ?? BusinessDays.Add(today, DefaultRespondByBusinessDays);
        var proposalsDue = request.ProposalsDue ?? BusinessDays.Add(today, DefaultProposalsDueBusinessDays);
        if (respondBy <= today)
        {
            return Result.Failure(nameof(RouteBrief.RespondBy), "The response-by date must be after today.");
        }

        if (proposalsDue < respondBy)
        {
            return Result.Failure(nameof(RouteBrief.ProposalsDue), "Proposals cannot be due before firms have responded.");
        }

        var chosen = request.Firms.DistinctBy(f => f.FirmId).ToList();
        if (chosen.Count == 0)
        {
            return Result.Failure("", "Choose at least one firm to route the brief to.");
        }

        var ids = chosen.Select(f => f.FirmId).ToList();
        var firms = await db.Firms.Where(f => ids.Contains(f.FirmId)).ToDictionaryAsync(f => f.FirmId, cancellationToken);
        var already = await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).Select(r => r.FirmId).ToListAsync(cancellationToken);
        var problems = chosen.Where(f => !firms.TryGetValue(f.FirmId, out var firm) || !firm.IsEligible(today) || already.Contains(f.FirmId))
            .Select(f => firms.TryGetValue(f.FirmId, out var firm) ? firm.Name : "A firm").ToList();
        if (problems.Count > 0)
        {
            return Result.Failure("", $"{string.Join(", ", problems)} can no longer receive this brief: it was routed already, is not eligible now, or has no capacity left. Remove it and confirm again.");
        }

        var wave = (await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).MaxAsync(r => (int?)r.Wave, cancellationToken) ?? 0) + 1;
        foreach (var choice in chosen)
        {
            var firm = firms[choice.FirmId];
            var reasons = Recommender.Score(brief, firm)?.Reasons ?? [];
            var note = string.IsNullOrWhiteSpace(choice.Note) ? string.Join(". ", reasons) + "." : choice.Note.Trim();
            db.RoutedFirms.Add(new RoutedFirm(brief.BriefId, firm, wave, note, respondBy, proposalsDue, now));
            firm.BriefRouted();
            db.AddToOutbox(new BriefRoutedToFirm(brief.BriefId, firm.FirmId, brief.RpoOrganisationId, brief.RoleTitle, wave, note, reasons,
                respondBy, proposalsDue, now), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await db.RoutedFirms.AsNoTracking()
            .Where(r => r.BriefId == briefId && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId))
            .OrderBy(r => r.Wave).ThenBy(r => r.FirmName)
            .Select(r => new RoutedFirmView(r.FirmId, r.FirmName, r.Wave, r.Note, r.RespondBy, r.ProposalsDue, r.RoutedAtUtc,
                r.Response, r.DeclineReason, r.ResponseNote, r.RespondedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pattern = $"%{name.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
        return await db.Firms.AsNoTracking()
            .Where(f => EF.Functions.Like(f.Name, pattern)
                && !f.Suspended && !f.Expired && f.ValidUntil >= today && f.InsuranceExpiresOn >= today && f.OpenBriefs < f.Capacity)
            .OrderBy(f => f.Name)
            .Take(20)
            .Select(f => new EligibleFirm(f.FirmId, f.Name))
            .ToListAsync(cancellationToken);
    }
}
