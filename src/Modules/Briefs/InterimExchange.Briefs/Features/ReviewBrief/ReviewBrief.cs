using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Briefs.Data;
using InterimExchange.Briefs.Domain;
using InterimExchange.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Briefs.Features.ReviewBrief;

/// <summary>The coordinator's brief page and what they decide on it: clarify, confirm, amend, hold, resume, withdraw.</summary>
internal sealed class ReviewBriefHandler(BriefsDbContext db, BriefChanges changes)
{
    public async Task<BriefView?> GetAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().Include(b => b.History)
            .SingleOrDefaultAsync(b => b.Id == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var client = await db.ClientCompanies.AsNoTracking().Include(c => c.Contacts)
            .SingleAsync(c => c.Id == brief.Details.ClientCompanyId, cancellationToken);
        var invitations = await db.BriefingInvitations.AsNoTracking()
            .Where(i => i.BriefId == briefId)
            .OrderByDescending(i => i.SentAtUtc)
            .ToListAsync(cancellationToken);
        var d = brief.Details;
        return new BriefView(brief.Id, d.RoleTitle, client.Id, client.Name, d.Sector, d.Function, d.Seniority, d.Location, d.Region,
            d.RemotePolicy, d.ExpectedStart, d.DurationMonths, d.Confidential, brief.Status, brief.HoldReason, brief.HoldReviewDate,
            brief.WithdrawalReason, brief.CriteriaLocked, BriefingViews.Content(brief.Briefing), BriefingViews.Commercial(brief.Commercial),
            BriefingViews.Clarification(brief.OpenClarification),
            client.Contacts.OrderBy(c => c.Name).Select(c => new ClientContactView(c.Id, c.Name, c.Email, c.JobTitle)).ToList(),
            invitations.Select(i => new InvitationView(i.Id, i.Name, i.Email, i.StateAt(changes.Now), i.SentAtUtc, i.ExpiresAtUtc)).ToList(),
            brief.History.OrderByDescending(h => h.AtUtc).Select(h => new HistoryView(h.AtUtc, h.Actor, h.What, h.Reason)).ToList());
    }

    public async Task<Result> RequestClarificationAsync(BriefCommand command, IReadOnlyCollection<BriefingSection> sections, string note, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(command, brief =>
        {
            brief.RequestClarification(sections, note, command.Actor, changes.Now);
            return null;
        }, cancellationToken);
        if (result.Succeeded)
        {
            // The executive works on the briefing again; their invitation shows in progress, not submitted.
            await db.BriefingInvitations.Where(i => i.BriefId == command.BriefId && i.SubmittedAtUtc != null && i.RevokedAtUtc == null)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.SubmittedAtUtc, (DateTime?)null), cancellationToken);
        }

        return result;
    }

    public Task<Result> ConfirmAsync(BriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command, brief =>
        {
            brief.Confirm(command.Actor, changes.Now);
            return brief.Confirmed(changes.Now);
        }, cancellationToken);

    public Task<Result> AmendCriteriaAsync(BriefCommand command, IReadOnlyList<CriterionInput> criteria, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command, brief =>
        {
            var amended = criteria.Select(c => new SuccessCriterion(c.Outcome?.Trim() ?? "", c.Measure?.Trim() ?? "", c.Horizon))
                .Where(c => !c.IsBlank).ToList();
            brief.AmendCriteria(amended, reason, command.Actor, changes.Now);
            return new BriefAmended(brief.Id, brief.RpoOrganisationId, reason.Trim(), brief.Criteria(), changes.Now);
        }, cancellationToken);

    public Task<Result> PutOnHoldAsync(BriefCommand command, string reason, DateOnly? reviewDate, CancellationToken cancellationToken) =>
        reviewDate is null
            ? Task.FromResult(Result.Failure("ReviewDate", "Enter the date by which the hold will be reviewed."))
            : changes.ApplyAsync(command, brief =>
            {
                brief.PutOnHold(reason, reviewDate.Value, command.Actor, changes.Now);
                return new BriefPutOnHold(brief.Id, brief.RpoOrganisationId, brief.HoldReason!, reviewDate.Value, changes.Now);
            }, cancellationToken);

    public Task<Result> ResumeAsync(BriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command, brief =>
        {
            brief.Resume(command.Actor, changes.Now);
            return new BriefResumed(brief.Id, brief.RpoOrganisationId, changes.Now);
        }, cancellationToken);

    public Task<Result> WithdrawAsync(BriefCommand command, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command, brief =>
        {
            brief.Withdraw(reason, command.Actor, changes.Now);
            return new BriefWithdrawn(brief.Id, brief.RpoOrganisationId, brief.WithdrawalReason!, changes.Now);
        }, cancellationToken);
}

/// <summary>The briefing's value objects as the contracts show them.</summary>
internal static class BriefingViews
{
    public static BriefingContent Content(Briefing b) => new(b.Situation, b.WhyNow, b.CostOfVacancy,
        b.SuccessCriteria.Select(c => new CriterionInput(c.Outcome, c.Measure, c.Horizon)).ToList(),
        b.Mandate, b.DecisionRights, b.Team, b.KeyStakeholders, b.MustHaves, b.DealBreakers, b.OnSiteDaysPerWeek, b.Travel,
        b.PreferredStart, b.DurationMonths);

    public static CommercialView Commercial(CommercialExpectations c) => new(c.DayRateFrom, c.DayRateTo, c.Currency, c.Notes);

    public static ClarificationView? Clarification(Clarification? c) =>
        c is null ? null : new ClarificationView(c.Sections, c.Note, c.AskedAtUtc);
}
