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
    public const string SourcingTeamReason = "Your own sourcing team proposes alongside the specialist firms and is evaluated the same way";

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

        // The RPO's own sourcing team is a channel, not a firm of the network: it needs no vetting and no capacity.
        var sourcing = chosen.FirstOrDefault(f => f.FirmId == brief.RpoOrganisationId);
        var ids = chosen.Select(f => f.FirmId).Where(id => id != brief.RpoOrganisationId).ToList();
        var firms = await db.EligibleFor(brief, today).Where(f => ids.Contains(f.FirmId)).ToDictionaryAsync(f => f.FirmId, cancellationToken);
        var already = await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).Select(r => r.FirmId).ToListAsync(cancellationToken);
        var refused = chosen.Select(c => c.FirmId).Where(id => already.Contains(id) || (id != brief.RpoOrganisationId && !firms.ContainsKey(id))).ToList();
        if (refused.Count > 0)
        {
            return Result.Failure("", await WhyRefusedAsync(brief, request.RpoName, refused, already, cancellationToken) + " Remove it and confirm again.");
        }

        var wave = (await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).MaxAsync(r => (int?)r.Wave, cancellationToken) ?? 0) + 1;
        void Route(Guid firmId, string firmName, RoutingChannel channel, string? chosenNote, IReadOnlyList<string> reasons)
        {
            var note = string.IsNullOrWhiteSpace(chosenNote) ? string.Join(". ", reasons) + "." : chosenNote.Trim();
            db.RoutedFirms.Add(new RoutedFirm(brief.BriefId, firmId, firmName, channel, wave, note, respondBy, proposalsDue, now));
            db.AddToOutbox(new BriefRoutedToFirm(brief.BriefId, firmId, firmName, channel, brief.RpoOrganisationId, brief.RoleTitle, wave, note, reasons,
                respondBy, proposalsDue, now, request.ActorId, request.Actor), clock);
        }

        foreach (var choice in chosen.Where(c => c != sourcing))
        {
            var firm = firms[choice.FirmId];
            firm.BriefRouted();
            Route(firm.FirmId, firm.Name, RoutingChannel.SpecialistFirm, choice.Note, Recommender.Score(brief, firm)?.Reasons ?? []);
        }

        if (sourcing is not null)
        {
            Route(sourcing.FirmId, RoutingWords.SourcingTeamName(request.RpoName), RoutingChannel.SourcingTeam, sourcing.Note, [SourcingTeamReason]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Says, firm by firm, why a chosen firm cannot receive the brief.</summary>
    private async Task<string> WhyRefusedAsync(RoutableBrief brief, string rpoName, List<Guid> refused, List<Guid> already, CancellationToken cancellationToken)
    {
        var names = await db.Firms.Where(f => refused.Contains(f.FirmId)).ToDictionaryAsync(f => f.FirmId, f => f.Name, cancellationToken);
        var excluded = await db.Exclusions
            .Where(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && refused.Contains(e.FirmId))
            .Select(e => e.FirmId).ToListAsync(cancellationToken);
        return string.Join(" ", refused.Select(id =>
        {
            var name = id == brief.RpoOrganisationId ? RoutingWords.SourcingTeamName(rpoName) : names.GetValueOrDefault(id, "A firm");
            return already.Contains(id) ? $"{name} has this brief already."
                : excluded.Contains(id) ? $"{name} is excluded for this client."
                : $"{name} is not eligible now or has no capacity left.";
        }));
    }

    public async Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await db.RoutedFirms.AsNoTracking()
            .Where(r => r.BriefId == briefId && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId))
            .OrderBy(r => r.Wave).ThenBy(r => r.FirmName)
            .Select(r => new RoutedFirmView(r.FirmId, r.FirmName, r.Channel, r.Wave, r.Note, r.RespondBy, r.ProposalsDue, r.RoutedAtUtc,
                r.Response, r.DeclineReason, r.ResponseNote, r.RespondedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(Guid rpoId, Guid briefId, string name, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null || string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pattern = $"%{name.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
        return await db.EligibleFor(brief, today).AsNoTracking()
            .Where(f => EF.Functions.Like(f.Name, pattern))
            .OrderBy(f => f.Name)
            .Take(20)
            .Select(f => new EligibleFirm(f.FirmId, f.Name))
            .ToListAsync(cancellationToken);
    }
}
