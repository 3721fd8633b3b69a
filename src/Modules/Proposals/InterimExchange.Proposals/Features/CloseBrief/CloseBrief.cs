using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.CloseBrief;

/// <summary>How the coordinator closes a brief, and the personal messages they write instead of the automated ones.</summary>
internal sealed record ClosingRequest(BriefClosing Closing, IReadOnlyDictionary<Guid, string> Messages);

internal sealed class ClosingRequestValidator : AbstractValidator<ClosingRequest>
{
    public const int MessageLength = 2000;

    public ClosingRequestValidator()
    {
        When(r => r.Closing.Kind == ClosingKind.Filled, () =>
            RuleFor(r => r).Must(r => r.Closing.ProposalId is not null && r.Closing.CandidateId is not null)
                .WithMessage("Choose the shortlisted candidate who fills the brief.").OverridePropertyName(""));
        When(r => r.Closing.Kind is ClosingKind.OnHold or ClosingKind.Withdrawn, () =>
            RuleFor(r => r.Closing.Reason).ClosingReason().OverridePropertyName(nameof(BriefClosing.Reason)));
        When(r => r.Closing.Kind == ClosingKind.OnHold, () =>
            RuleFor(r => r.Closing.ReviewDate).ReviewDate().OverridePropertyName(nameof(BriefClosing.ReviewDate)));
        RuleFor(r => r).Must(r => r.Messages.Count <= 500 && r.Messages.Values.All(m => m is null || m.Length <= MessageLength))
            .WithMessage("Keep each personal message to 2,000 characters.").OverridePropertyName("");
    }
}

/// <summary>
/// The coordinator fills, holds or withdraws a brief from one page that first shows who will be told what; every open item
/// gets its outcome, in the coordinator's words where they wrote some.
/// </summary>
internal sealed class CloseBriefHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, Evaluations evaluations, IBriefs briefs,
    IValidator<ClosingRequest> validator, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ClosingPreview?> PreviewAsync(Guid rpoId, Guid briefId, BriefClosing closing, CancellationToken cancellationToken)
    {
        if (await briefs.AskAsync(new ReviewBriefQuery(rpoId, briefId), cancellationToken) is not { } brief)
        {
            return null;
        }

        var open = await db.OpenDecisionsAsync(briefId, cancellationToken);
        return new ClosingPreview(brief.RoleTitle, await RefusalAsync(briefId, new ClosingRequest(closing, new Dictionary<Guid, string>()), cancellationToken) ?? Result.Success,
            OutcomeMessages.Plan(open, closing).Select(p => new OutcomePreview(p.Decision.Id, p.Decision.FirmName, p.Decision.What, p.Outcome, p.Message)).ToList());
    }

    public async Task<Result> HandleAsync(Coordinator by, Guid briefId, BriefClosing closing, IReadOnlyDictionary<Guid, string> personalMessages, CancellationToken cancellationToken)
    {
        var brief = await briefs.AskAsync(new ReviewBriefQuery(by.RpoId, briefId), cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        if (await RefusalAsync(briefId, new ClosingRequest(closing, personalMessages), cancellationToken) is { } refused)
        {
            return refused;
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
            return await evaluations.CoordinatorChangeAsync(new Evaluator(EvaluatorRole.Coordinator, by.RpoId, by.UserId, by.Name), briefId, (context, _) =>
            {
                var (proposal, candidate) = context.Candidate(closing.ProposalId!.Value, closing.CandidateId!.Value);
                var engagement = new Engagement(proposal, candidate, context.Brief, closing.StartDate ?? candidate.AvailableFrom ?? DateOnly.FromDateTime(now),
                    by.UserId, by.Name, now);
                context.Evaluation.Select(proposal.Id, candidate.Id, engagement.Id);
                db.Engagements.Add(engagement);
                return (List<object>)[new CandidateSelected(briefId, context.RpoId, proposal.Id, proposal.FirmId, candidate.Id, candidate.Alias, by.Name, now),
                    engagement.Started(), .. Outcomes()];
            }, cancellationToken);
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
        if (await changes.ApplyAsync(_ => Outcomes(), cancellationToken) is { Succeeded: false } refusedOutcome)
        {
            return refusedOutcome;
        }

        var coordinator = new Caller(by.RpoId, "", OrganisationKind.RpoProvider, by.UserId, by.Name, IsAdmin: false);
        return closing.Kind == ClosingKind.OnHold
            ? await briefs.SendAsync(new PutOnHoldCommand(coordinator, briefId, closing.Reason, closing.ReviewDate), cancellationToken)
            : await briefs.SendAsync(new WithdrawBriefCommand(coordinator, briefId, closing.Reason), cancellationToken);
    }

    /// <summary>Why the brief cannot close this way, asked before anyone is told anything: the input first, then the state.</summary>
    private async Task<Result?> RefusalAsync(Guid briefId, ClosingRequest request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var closing = request.Closing;
        return closing.Kind switch
        {
            ClosingKind.Filled when await db.Decisions.AnyAsync(d => d.BriefId == briefId && d.CandidateId == closing.CandidateId && d.Outcome != null, cancellationToken)
                => Result.Failure("", "That candidate already has an outcome: select a shortlisted candidate still awaiting one."),
            // The brief's own rule (Brief.PutOnHold), asked here first so that no firm is told of a hold that cannot happen.
            ClosingKind.OnHold when closing.ReviewDate <= Today => Result.Failure("ReviewDate", "The review date must be in the future."),
            _ => null,
        };
    }

    private static NotProgressedReason? Reason(Outcome outcome) => outcome == Outcome.NotProgressed ? NotProgressedReason.AnotherCandidateSelected : null;
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
