using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Domain;
using InterimExchange.Proposals.Features.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Proposals.Features.Outcomes;

internal sealed class OutcomesHandler(ProposalsDbContext db, EvaluationHandler evaluation, IBriefs briefs, TimeProvider clock) : IOutcomes
{
    private const int BoardSize = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<DecisionBoard> BoardAsync(Guid rpoId, CancellationToken cancellationToken)
    {
        var today = Today;
        var open = db.Decisions.AsNoTracking().Where(d => d.RpoOrganisationId == rpoId && d.Outcome == null);
        var first = await open.OrderBy(d => d.DecisionBy).ThenBy(d => d.RoleTitle).Take(BoardSize).ToListAsync(cancellationToken);
        return new DecisionBoard(first.Select(d => View(d, today)).ToList(), await open.CountAsync(cancellationToken),
            await open.CountAsync(d => d.DecisionBy < today, cancellationToken), await db.PolicyAsync(rpoId, cancellationToken));
    }

    public async Task<BriefDecisions?> ForBriefAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken)
    {
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.RpoOrganisationId == rpoId)
            .OrderBy(d => d.Outcome != null).ThenBy(d => d.DecisionBy).ThenBy(d => d.FirmName).ToListAsync(cancellationToken);
        var brief = await briefs.GetBriefAsync(rpoId, briefId, cancellationToken);
        return brief is null ? null : new BriefDecisions(briefId, brief.RoleTitle, decisions.Select(d => View(d, Today)).ToList());
    }

    public async Task<ClosingPreview?> PreviewAsync(Guid rpoId, Guid briefId, BriefClosing closing, CancellationToken cancellationToken)
    {
        if (await briefs.GetBriefAsync(rpoId, briefId, cancellationToken) is not { } brief)
        {
            return null;
        }

        var open = await db.OpenDecisionsAsync(briefId, cancellationToken);
        return new ClosingPreview(brief.RoleTitle, await RefusalAsync(briefId, closing, cancellationToken) ?? Result.Success,
            OutcomeMessages.Plan(open, closing).Select(p => new OutcomePreview(p.Decision.Id, p.Decision.FirmName, p.Decision.What, p.Outcome, p.Message)).ToList());
    }

    public async Task<Result> CloseBriefAsync(Coordinator by, Guid briefId, BriefClosing closing, IReadOnlyDictionary<Guid, string> personalMessages, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(briefId, closing, cancellationToken) is { } refused)
        {
            return refused;
        }

        var brief = await briefs.GetBriefAsync(by.RpoId, briefId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var open = await db.OpenDecisionsAsync(briefId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        IEnumerable<object> Outcomes() => OutcomeMessages.Plan(open, closing).Select(plan =>
            personalMessages.TryGetValue(plan.Decision.Id, out var personal) && !string.IsNullOrWhiteSpace(personal)
                ? db.Decide(plan.Decision, plan.Outcome, personal.Trim(), automated: false, now, Reason(plan.Outcome), closing.ReviewDate)
                : db.Decide(plan.Decision, plan.Outcome, plan.Message, automated: true, now, Reason(plan.Outcome), closing.ReviewDate))
            .OfType<object>().ToList();

        if (closing.Kind == ClosingKind.Filled)
        {
            return await evaluation.CoordinatorChangeAsync(new Evaluator(EvaluatorRole.Coordinator, by.RpoId, by.UserId, by.Name), briefId, cancellationToken, context =>
            {
                var (proposal, candidate) = EvaluationHandler.Find(context, closing.ProposalId!.Value, closing.CandidateId!.Value);
                var engagement = new Engagement(proposal, candidate, closing.StartDate ?? candidate.AvailableFrom ?? DateOnly.FromDateTime(now),
                    context.Criteria.Select(c => $"{c.Outcome} (measured by: {c.Measure}; by {c.Horizon})"), by.Name, now);
                context.Evaluation.Select(proposal.Id, candidate.Id, engagement.Id);
                db.Engagements.Add(engagement);
                return [new CandidateSelected(briefId, context.RpoId, proposal.Id, proposal.FirmId, candidate.Id, candidate.Alias, by.Name, now),
                    engagement.Started(), .. Outcomes()];
            });
        }

        // The brief module has the last word on whether the brief may close this way; asked first, so that nothing is told in vain.
        var allowed = closing.Kind == ClosingKind.OnHold
            ? brief.Status is not (BriefStatus.OnHold or BriefStatus.Filled or BriefStatus.Withdrawn)
            : brief.Status is not (BriefStatus.Filled or BriefStatus.Withdrawn);
        if (!allowed)
        {
            return Result.Failure("", closing.Kind == ClosingKind.OnHold ? "Only an open brief can be put on hold." : "This brief is already closed.");
        }

        // The outcomes are saved before the brief changes, so that they are the coordinator's words, not the automated fallback.
        foreach (var integrationEvent in Outcomes())
        {
            db.AddToOutbox(integrationEvent, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        var command = new BriefCommand(by.RpoId, briefId, by.UserId, by.Name);
        return closing.Kind == ClosingKind.OnHold
            ? await briefs.PutOnHoldAsync(command, closing.Reason!, closing.ReviewDate, cancellationToken)
            : await briefs.WithdrawAsync(command, closing.Reason!, cancellationToken);
    }

    public async Task<Result> NotProgressAsync(Coordinator by, Guid briefId, Guid decisionId, NotProgressedReason? reason, string? feedback, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (reason is null)
        {
            errors["Reason"] = ["Choose the reason from the list."];
        }

        if (string.IsNullOrWhiteSpace(feedback))
        {
            errors["Feedback"] = ["Write a line of personal feedback: it is what the firm will read."];
        }
        else if (feedback.Length > 2000)
        {
            errors["Feedback"] = ["Keep the feedback to 2,000 characters."];
        }

        return errors.Count > 0
            ? new Result(errors)
            : await ChangeAsync(by, briefId, decisionId, (decision, now) => db.Decide(decision, Outcome.NotProgressed, feedback!.Trim(), automated: false, now, reason), cancellationToken);
    }

    public Task<Result> MoveDecisionDateAsync(Coordinator by, Guid briefId, Guid decisionId, DateOnly? to, string? reason, CancellationToken cancellationToken)
    {
        if (to is null)
        {
            return Task.FromResult(Result.Failure("MoveTo", "Choose the new decision-by date."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult(Result.Failure("MoveReason", "Say why the date moves: the firm reads it."));
        }

        return ChangeAsync(by, briefId, decisionId, (decision, now) =>
        {
            var moved = decision.Move(to.Value, reason.Trim(), by.Name, now);
            db.Note(briefId, decision.FirmId, now, $"The decision on your {decision.What} moved from {moved.From:d MMMM yyyy} to {moved.To:d MMMM yyyy}: {moved.Reason}");
            return moved;
        }, cancellationToken);
    }

    public async Task<FirmTimeline?> TimelineAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        if (!await db.InboxItems.AnyAsync(i => i.FirmId == firmId && i.BriefId == briefId, cancellationToken))
        {
            return null;
        }

        var awaiting = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null)
            .OrderBy(d => d.DecisionBy).ToListAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.BriefId == briefId && t.FirmId == firmId).OrderBy(t => t.Id)
            .Select(t => new TimelineEntryView(t.AtUtc, t.Text)).ToListAsync(cancellationToken);
        return new FirmTimeline(awaiting.Select(d => View(d, Today)).ToList(), entries);
    }

    public async Task<Result> SetPolicyAsync(Guid rpoId, DecisionPolicyView policy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (policy.DaysAfterProposalsDue is < 1 or > 60)
        {
            errors[nameof(DecisionPolicyView.DaysAfterProposalsDue)] = ["Between 1 and 60 working days."];
        }

        if (policy.DaysAfterShortlisting is < 1 or > 60)
        {
            errors[nameof(DecisionPolicyView.DaysAfterShortlisting)] = ["Between 1 and 60 working days."];
        }

        if (errors.Count > 0)
        {
            return new Result(errors);
        }

        var stored = await db.DecisionPolicies.FindAsync([rpoId], cancellationToken);
        if (stored is null)
        {
            db.DecisionPolicies.Add(new DecisionPolicy(rpoId, policy.DaysAfterProposalsDue, policy.DaysAfterShortlisting));
        }
        else
        {
            stored.DaysAfterProposalsDue = policy.DaysAfterProposalsDue;
            stored.DaysAfterShortlisting = policy.DaysAfterShortlisting;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private async Task<Result?> RefusalAsync(Guid briefId, BriefClosing closing, CancellationToken cancellationToken) => closing.Kind switch
    {
        ClosingKind.Filled when closing.ProposalId is null || closing.CandidateId is null => Result.Failure("", "Choose the shortlisted candidate who fills the brief."),
        ClosingKind.Filled when await db.Decisions.AnyAsync(d => d.BriefId == briefId && d.CandidateId == closing.CandidateId && d.Outcome != null, cancellationToken)
            => Result.Failure("", "That candidate already has an outcome: select a shortlisted candidate still awaiting one."),
        ClosingKind.OnHold or ClosingKind.Withdrawn when string.IsNullOrWhiteSpace(closing.Reason) => Result.Failure("Reason", "Give the reason: every firm waiting on this brief will read it."),
        ClosingKind.OnHold or ClosingKind.Withdrawn when closing.Reason!.Length > 1000 => Result.Failure("Reason", "Keep the reason to 1,000 characters."),
        ClosingKind.OnHold when closing.ReviewDate is null => Result.Failure("ReviewDate", "Choose the date the brief will be reviewed: the firms will hear by then."),
        ClosingKind.OnHold when closing.ReviewDate <= Today => Result.Failure("ReviewDate", "The review date must be in the future."),
        _ => null,
    };

    private static NotProgressedReason? Reason(Outcome outcome) => outcome == Outcome.NotProgressed ? NotProgressedReason.AnotherCandidateSelected : null;

    private async Task<Result> ChangeAsync(Coordinator by, Guid briefId, Guid decisionId, Func<Decision, DateTime, object?> change, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == decisionId && d.BriefId == briefId && d.RpoOrganisationId == by.RpoId, cancellationToken);
        if (decision is null)
        {
            return Result.NotFound();
        }

        try
        {
            if (change(decision, clock.GetUtcNow().UtcDateTime) is { } integrationEvent)
            {
                db.AddToOutbox(integrationEvent, clock);
            }
        }
        catch (DecisionRuleException rule)
        {
            return Result.Failure("", rule.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    internal static DecisionView View(Decision d, DateOnly today) =>
        new(d.Id, d.BriefId, d.RoleTitle, d.FirmId, d.FirmName, d.Channel, d.Subject, d.CandidateAlias, d.OwnerName, d.DecisionBy, d.DaysOverdue(today),
            d.Outcome, d.Message, d.Automated, d.DecidedAtUtc);
}

/// <summary>
/// A brief put on hold or withdrawn from its own page still leaves nobody waiting: whatever is open then gets the automated
/// outcome. (Through the close page the coordinator's outcomes are already given, and nothing is left open here.)
/// </summary>
internal sealed class BriefPutOnHoldConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefPutOnHold, ProposalsDbContext>(db, clock)
{
    protected override Task HandleAsync(BriefPutOnHold message, CancellationToken cancellationToken) =>
        Db.CloseOpenAsync(message.BriefId, new BriefClosing(ClosingKind.OnHold, message.Reason, message.ReviewDate), message.AtUtc, Clock, cancellationToken);
}

internal sealed class BriefWithdrawnConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefWithdrawn, ProposalsDbContext>(db, clock)
{
    protected override Task HandleAsync(BriefWithdrawn message, CancellationToken cancellationToken) =>
        Db.CloseOpenAsync(message.BriefId, new BriefClosing(ClosingKind.Withdrawn, message.Reason), message.AtUtc, Clock, cancellationToken);
}

/// <summary>
/// A brief resumed from hold leaves nobody waiting on a review date that has come and gone: each item told "on hold" is
/// awaited again, owned as before, by a new date from the RPO's default, and the firm sees and is told the new date.
/// </summary>
internal sealed class BriefResumedConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefResumed, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefResumed message, CancellationToken cancellationToken)
    {
        var held = await Db.Decisions.Where(d => d.BriefId == message.BriefId && d.Outcome == Outcome.BriefOnHold && !d.Reopened).ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return;
        }

        var policy = await Db.PolicyAsync(message.RpoOrganisationId, cancellationToken);
        var decisionBy = BusinessDays.Add(DateOnly.FromDateTime(message.AtUtc), policy.DaysAfterShortlisting);
        foreach (var decision in held)
        {
            var reopened = decision.Reopen(decisionBy);
            Db.Decisions.Add(reopened);
            Db.Note(decision.BriefId, decision.FirmId, message.AtUtc, $"The brief resumed: you will hear about your {decision.What} by {decisionBy:d MMMM yyyy}.");
            Db.AddToOutbox(new DecisionDateMoved(reopened.Id, decision.BriefId, decision.RpoOrganisationId, decision.FirmId, decision.Channel, decision.RoleTitle, decision.What,
                decision.ReviewDate ?? DateOnly.FromDateTime(message.AtUtc), decisionBy, "The brief resumed from hold.", decision.OwnerName, message.AtUtc), Clock);
        }
    }
}

internal static class Closing
{
    public static async Task CloseOpenAsync(this ProposalsDbContext db, Guid briefId, BriefClosing closing, DateTime atUtc, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var (decision, outcome, message) in OutcomeMessages.Plan(await db.OpenDecisionsAsync(briefId, cancellationToken), closing))
        {
            if (db.Decide(decision, outcome, message, automated: true, atUtc, reviewDate: closing.ReviewDate) is { } given)
            {
                db.AddToOutbox(given, clock);
            }
        }
    }
}
