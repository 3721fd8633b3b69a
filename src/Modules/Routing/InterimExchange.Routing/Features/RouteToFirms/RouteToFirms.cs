using InterimExchange.Insights.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Routing.Features.RouteToFirms;

/// <summary>The coordinator's routing: checks every chosen firm is still eligible, records each routing, and tells each firm.</summary>
internal sealed class RouteBriefHandler(RoutingDbContext db, ITrackRecords trackRecords, Changes<RoutingDbContext> changes)
{
    public const int DefaultRespondByBusinessDays = 3;
    public const int DefaultProposalsDueBusinessDays = 10;

    public Task<Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Briefs.SingleOrDefaultAsync(b => b.BriefId == request.BriefId && b.RpoOrganisationId == request.RpoId, c), async (brief, now) =>
        {
            var today = DateOnly.FromDateTime(now);
            var respondBy = request.RespondBy ?? BusinessDays.Add(today, DefaultRespondByBusinessDays);
            var proposalsDue = request.ProposalsDue ?? BusinessDays.Add(today, DefaultProposalsDueBusinessDays);
            BusinessRuleException.Require(respondBy > today, "The response-by date must be after today.", nameof(RouteBrief.RespondBy));
            BusinessRuleException.Require(proposalsDue >= respondBy, "Proposals cannot be due before firms have responded.", nameof(RouteBrief.ProposalsDue));
            var chosen = request.Firms.DistinctBy(f => f.FirmId).ToList();
            BusinessRuleException.Require(chosen.Count > 0, "Choose at least one firm to route the brief to.");

            // The RPO's own sourcing team is a channel, not a firm of the network: it needs no vetting and no capacity.
            var sourcing = chosen.FirstOrDefault(f => f.FirmId == brief.RpoOrganisationId);
            var ids = chosen.Select(f => f.FirmId).Where(id => id != brief.RpoOrganisationId).ToList();
            var firms = await db.EligibleFor(brief, today).Where(f => ids.Contains(f.FirmId)).ToDictionaryAsync(f => f.FirmId, cancellationToken);
            var already = await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).Select(r => r.FirmId).ToListAsync(cancellationToken);
            var refused = chosen.Select(c => c.FirmId).Where(id => already.Contains(id) || (id != brief.RpoOrganisationId && !firms.ContainsKey(id))).ToList();
            if (refused.Count > 0)
            {
                throw new BusinessRuleException(await WhyRefusedAsync(brief, request.RpoName, refused, already, cancellationToken) + " Remove it and confirm again.");
            }

            var records = await trackRecords.FirmsAsync(ids, cancellationToken);
            var wave = (await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).MaxAsync(r => (int?)r.Wave, cancellationToken) ?? 0) + 1;
            var events = new List<object>();
            void Route(Guid firmId, string firmName, RoutingChannel channel, string? chosenNote, IReadOnlyList<string> reasons)
            {
                var note = string.IsNullOrWhiteSpace(chosenNote) ? string.Join(". ", reasons) + "." : chosenNote.Trim();
                db.RoutedFirms.Add(new RoutedFirm(brief.BriefId, firmId, firmName, channel, wave, note, respondBy, proposalsDue, now));
                events.Add(new BriefRoutedToFirm(brief.BriefId, firmId, firmName, channel, brief.RpoOrganisationId, brief.RoleTitle, wave, note, reasons,
                    respondBy, proposalsDue, now, request.ActorId, request.Actor));
            }

            foreach (var choice in chosen.Where(c => c != sourcing))
            {
                var firm = firms[choice.FirmId];
                firm.BriefRouted();
                Route(firm.FirmId, firm.Name, RoutingChannel.SpecialistFirm, choice.Note, Recommender.Score(brief, firm, records[firm.FirmId])?.Reasons ?? []);
            }

            if (sourcing is not null)
            {
                Route(sourcing.FirmId, RoutingWords.SourcingTeamName(request.RpoName), RoutingChannel.SourcingTeam, sourcing.Note, [RoutingWords.SourcingTeamReason]);
            }

            return events;
        }, cancellationToken);

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
}
