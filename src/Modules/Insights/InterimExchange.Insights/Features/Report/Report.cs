using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.BuildingBlocks.Taxonomy;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Features.Report;

/// <summary>
/// One RPO's insights (or the platform's) over a period, from the facts alone: a few narrow projections by indexed dates,
/// counted per day in the database where no median is needed, and grouped into months here.
/// </summary>
internal sealed class ReportHandler(InsightsDbContext db, IBriefs briefs, TimeProvider clock) : IQueryHandler<ReportQuery, InsightsReport>
{
    public async Task<InsightsReport> HandleAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var period = query.Period;
        var rpoOrganisationId = query.By.Kind == OrganisationKind.Platform ? null : (Guid?)query.By.OrganisationId;
        var (from, to) = (period.From, period.To);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scope = rpoOrganisationId;
        // One RPO's rows are read through the indexes that lead with the RPO; a condition "no RPO or this one" would defeat them.
        var facts = db.Briefs.AsNoTracking();
        var reviewFacts = db.Reviews.AsNoTracking();
        var promises = db.Promises.AsNoTracking();
        var routings = db.Routings.AsNoTracking();
        if (scope is { } rpo)
        {
            facts = facts.Where(b => b.RpoOrganisationId == rpo);
            reviewFacts = reviewFacts.Where(r => r.RpoOrganisationId == rpo);
            promises = promises.Where(p => p.RpoOrganisationId == rpo);
            routings = routings.Where(r => r.RpoOrganisationId == rpo);
        }

        var created = await facts.Where(b => b.CreatedOn >= from && b.CreatedOn <= to)
            .Select(b => new { CreatedOn = b.CreatedOn!.Value, b.FirstProposalOn, b.EngagedOn, b.ClientCompanyId, b.Sector })
            .ToListAsync(cancellationToken);
        var engaged = await facts.Where(b => b.EngagedOn >= from && b.EngagedOn <= to && b.CreatedOn != null)
            .Select(b => new { CreatedOn = b.CreatedOn!.Value, EngagedOn = b.EngagedOn!.Value, b.ClientCompanyId, b.Sector })
            .ToListAsync(cancellationToken);
        var reviews = await reviewFacts.Where(r => r.ReviewedOn >= from && r.ReviewedOn <= to)
            .Join(db.Briefs, r => r.BriefId, b => b.BriefId, (r, b) => new { r.ReviewedOn, r.HalfPoints, r.Channel, b.ClientCompanyId, b.Sector })
            .ToListAsync(cancellationToken);
        var outcomes = await promises.Where(p => p.GivenOn >= from && p.GivenOn <= to)
            .GroupBy(p => p.GivenOn)
            .Select(g => new { Day = g.Key!.Value, Given = g.Count(), Kept = g.Count(p => p.Kept) })
            .ToListAsync(cancellationToken);
        // Only what went past its date can be ghosting at a month's end: few rows.
        var late = await promises.Where(p => !p.Kept && p.DecisionBy <= to && (p.GivenOn == null || p.GivenOn >= from))
            .Select(p => new { p.DecisionBy, p.GivenOn })
            .ToListAsync(cancellationToken);
        var channels = await routings
            .Where(r => r.RoutedAtUtc >= from.ToDateTime(TimeOnly.MinValue) && r.RoutedAtUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue))
            .GroupBy(r => r.Channel)
            .Select(g => new { Channel = g.Key, Routed = g.Count(), Proposals = g.Count(r => r.Proposed), Engaged = g.Count(r => r.Engaged) })
            .ToListAsync(cancellationToken);

        static int Days(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber;
        static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
        int PastDateOn(DateOnly day) => late.Count(p => new Promise(p.DecisionBy, p.GivenOn).IsBroken(day));

        var months = period.Months().Select(month =>
        {
            var end = month.AddMonths(1).AddDays(-1);
            var engagedInMonth = engaged.Where(b => MonthOf(b.EngagedOn) == month).Select(b => Days(b.CreatedOn, b.EngagedOn)).ToList();
            var firstProposals = created.Where(b => b.FirstProposalOn is { } on && MonthOf(on) == month).Select(b => Days(b.CreatedOn, b.FirstProposalOn!.Value)).ToList();
            var reviewed = reviews.Where(r => MonthOf(r.ReviewedOn) == month).ToList();
            var given = outcomes.Where(o => MonthOf(o.Day) == month).ToList();
            return new InsightsMonth(month, created.Count(b => MonthOf(b.CreatedOn) == month), engagedInMonth.Count, Spread.Of(engagedInMonth).Median,
                firstProposals.Count, Spread.Of(firstProposals).Median, reviewed.Count, reviewed.Sum(r => r.HalfPoints) / 2m, given.Sum(o => o.Given),
                given.Sum(o => o.Kept), PastDateOn(end < today ? end : today));
        }).ToList();

        InsightsGroup Group(string name, Func<Guid?, string?, bool> of) => new(name,
            created.Count(b => of(b.ClientCompanyId, b.Sector)),
            created.Count(b => of(b.ClientCompanyId, b.Sector) && b.FirstProposalOn is not null),
            engaged.Count(b => of(b.ClientCompanyId, b.Sector)),
            Spread.Of(engaged.Where(b => of(b.ClientCompanyId, b.Sector)).Select(b => Days(b.CreatedOn, b.EngagedOn))).Median,
            reviews.Count(r => of(r.ClientCompanyId, r.Sector)),
            reviews.Where(r => of(r.ClientCompanyId, r.Sector)).Sum(r => r.HalfPoints) / 2m);

        var channelGroups = new[] { RoutingChannel.SpecialistFirm, RoutingChannel.SourcingTeam }.Select(channel =>
        {
            var counts = channels.SingleOrDefault(c => c.Channel == channel);
            var reviewed = reviews.Where(r => r.Channel == channel).ToList();
            return new InsightsGroup(channel == RoutingChannel.SpecialistFirm ? "Specialist firms" : "Own sourcing team", counts?.Routed ?? 0, counts?.Proposals ?? 0,
                counts?.Engaged ?? 0, null, reviewed.Count, reviewed.Sum(r => r.HalfPoints) / 2m);
        }).ToList();

        // A brief whose briefing has not named its sector (or client) yet has a row of its own, so that every breakdown adds up to its total.
        var sectors = created.Select(b => b.Sector).Concat(engaged.Select(b => b.Sector)).Concat(reviews.Select(r => r.Sector)).Distinct()
            .Select(sector => Group(sector is null ? "Sector not given yet" : Taxonomy.NameOf(Taxonomy.Sectors, sector), (_, s) => s == sector))
            .OrderByDescending(g => g.Briefs).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var clients = new List<InsightsGroup>();
        if (scope is { } own)
        {
            // Client names are the RPO's own; the platform's report never names them.
            var names = (await briefs.AskAsync(new ClientCompaniesQuery(own), cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
            clients = created.Select(b => b.ClientCompanyId).Concat(engaged.Select(b => b.ClientCompanyId)).Concat(reviews.Select(r => r.ClientCompanyId))
                .Distinct()
                .Select(client => Group(client is { } id ? names.GetValueOrDefault(id, "A client no longer listed") : "Client not named yet", (c, _) => c == client))
                .OrderByDescending(g => g.Briefs).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        }

        return new InsightsReport(period, scope is null, created.Count,
            Spread.Of(engaged.Select(b => Days(b.CreatedOn, b.EngagedOn))),
            Spread.Of(created.Where(b => b.FirstProposalOn is not null).Select(b => Days(b.CreatedOn, b.FirstProposalOn!.Value))),
            new Share(reviews.Sum(r => r.HalfPoints) / 2m, reviews.Count),
            new Share(outcomes.Sum(o => o.Kept), outcomes.Sum(o => o.Given)),
            PastDateOn(today),
            months, channelGroups, clients, sectors);
    }
}
