using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Insights.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Routing.Features.RouteBrief;

/// <summary>
/// Nothing to check in the input's shape: the dates and the choice of firms are the brief's rules (after today, due after the
/// answers, at least one firm, each still eligible), told next to the date or the firm by the change itself.
/// </summary>
internal sealed class RouteBriefValidator : AbstractValidator<RouteBriefCommand>;

/// <summary>The coordinator's routing: checks every chosen firm is still eligible, records each routing, and tells each firm.</summary>
internal sealed class RouteBriefHandler(RoutingDbContext db, IInsights insights, Changes<RoutingDbContext> changes) : ICommandHandler<RouteBriefCommand>
{
    public Task<Result> HandleAsync(RouteBriefCommand request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Briefs.SingleOrDefaultAsync(b => b.BriefId == request.BriefId && b.RpoOrganisationId == request.By.OrganisationId, c), async (brief, now) =>
        {
            var today = DateOnly.FromDateTime(now);
            var respondBy = request.RespondBy ?? RouteBriefCommand.DefaultRespondBy(today);
            var proposalsDue = request.ProposalsDue ?? RouteBriefCommand.DefaultProposalsDue(today);
            BusinessRuleException.Require(respondBy > today, "The response-by date must be after today.", nameof(RouteBriefCommand.RespondBy));
            BusinessRuleException.Require(proposalsDue >= respondBy, "Proposals cannot be due before firms have responded.", nameof(RouteBriefCommand.ProposalsDue));
            var chosen = request.Firms.DistinctBy(f => f.FirmId).ToList();
            BusinessRuleException.Require(chosen.Count > 0, "Choose at least one firm to route the brief to.");

            // The RPO's own sourcing team is a channel, not a firm of the network: it needs no vetting and no capacity.
            var sourcing = chosen.FirstOrDefault(f => f.FirmId == brief.RpoOrganisationId);
            var ids = chosen.Select(f => f.FirmId).Where(id => id != brief.RpoOrganisationId).ToList();
            var firms = await db.Firms.Where(f => ids.Contains(f.FirmId)).ToDictionaryAsync(f => f.FirmId, cancellationToken);
            var already = await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).Select(r => r.FirmId).ToListAsync(cancellationToken);
            var excluded = await db.Exclusions
                .Where(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && ids.Contains(e.FirmId))
                .Select(e => e.FirmId).ToListAsync(cancellationToken);
            var refusals = chosen.Select(c => c.FirmId).Select(id => Refusal(id, brief, request.By.OrganisationName, firms, already, excluded, today)).OfType<(string, string)>().ToList();
            if (refusals.Count > 0)
            {
                throw new BusinessRuleException(refusals);
            }

            var records = await insights.AskAsync(new FirmTrackRecordsQuery(ids), cancellationToken);
            var wave = (await db.RoutedFirms.Where(r => r.BriefId == brief.BriefId).MaxAsync(r => (int?)r.Wave, cancellationToken) ?? 0) + 1;
            var events = new List<object>();
            void Route(Guid firmId, string firmName, RoutingChannel channel, string? chosenNote, IReadOnlyList<string> reasons)
            {
                var note = string.IsNullOrWhiteSpace(chosenNote) ? string.Join(". ", reasons) + "." : chosenNote.Trim();
                db.RoutedFirms.Add(new RoutedFirm(brief.BriefId, firmId, firmName, channel, wave, note, respondBy, proposalsDue, now));
                events.Add(new BriefRoutedToFirm(brief.BriefId, firmId, firmName, channel, brief.RpoOrganisationId, brief.RoleTitle, wave, note, reasons,
                    respondBy, proposalsDue, now, request.By.UserId, request.By.Name));
            }

            foreach (var choice in chosen.Where(c => c != sourcing))
            {
                var firm = firms[choice.FirmId];
                firm.BriefRouted();
                Route(firm.FirmId, firm.Name, RoutingChannel.SpecialistFirm, choice.Note, Recommender.Score(brief, firm, records[firm.FirmId])?.Reasons ?? []);
            }

            if (sourcing is not null)
            {
                Route(sourcing.FirmId, RoutingWords.SourcingTeamName(request.By.OrganisationName), RoutingChannel.SourcingTeam, sourcing.Note, [RoutingWords.SourcingTeamReason]);
            }

            return events;
        }, cancellationToken);

    /// <summary>
    /// Why a chosen firm cannot receive the brief, next to that firm (or above the form, for a firm the page does not show: one
    /// routed already, or none of the network); null when it can.
    /// </summary>
    private static (string Field, string Message)? Refusal(Guid id, RoutableBrief brief, string rpoName, Dictionary<Guid, DirectoryFirm> firms, List<Guid> already,
        List<Guid> excluded, DateOnly today)
    {
        const string remove = " Untick it and confirm again.";
        if (already.Contains(id))
        {
            var name = id == brief.RpoOrganisationId ? RoutingWords.SourcingTeamName(rpoName) : firms.GetValueOrDefault(id)?.Name ?? "A firm";
            return ("", $"{name} has this brief already.{remove}");
        }

        if (id == brief.RpoOrganisationId)
        {
            return null;
        }

        if (!firms.TryGetValue(id, out var firm))
        {
            return ("", $"One of the firms chosen is not in the network.{remove}");
        }

        return excluded.Contains(id) ? (RouteBriefCommand.FirmField(id), $"{firm.Name} is excluded for this client.{remove}")
            : firm.WhyNotEligible(today) is { } why ? (RouteBriefCommand.FirmField(id), why + remove)
            : null;
    }
}
