using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.CloseBrief;

internal sealed class CloseBriefValidator : AbstractValidator<CloseBriefCommand>
{
    public const int MessageLength = 2000;

    public CloseBriefValidator()
    {
        When(r => r.Closing.Kind == ClosingKind.Filled, () =>
            RuleFor(r => r).Must(r => r.Closing.ProposalId is not null && r.Closing.CandidateId is not null)
                .WithMessage("Choose the shortlisted candidate who fills the brief.").OverridePropertyName(""));
        When(r => r.Closing.Kind is ClosingKind.OnHold or ClosingKind.Withdrawn, () =>
            RuleFor(r => r.Closing.Reason).ClosingReason().OverridePropertyName(nameof(BriefClosing.Reason)));
        When(r => r.Closing.Kind == ClosingKind.OnHold, () =>
            RuleFor(r => r.Closing.ReviewDate).ReviewDate().OverridePropertyName(nameof(BriefClosing.ReviewDate)));
        RuleFor(r => r).Must(r => r.PersonalMessages.Count <= 500 && r.PersonalMessages.Values.All(m => m is null || m.Length <= MessageLength))
            .WithMessage("Keep each personal message to 2,000 characters.").OverridePropertyName("");
    }
}

/// <summary>
/// The coordinator fills, holds or withdraws a brief from one page that first shows who will be told what; every open item
/// gets its outcome, in the coordinator's words where they wrote some. Filling starts the engagement and holding or withdrawing
/// publishes <see cref="BriefClosingDecided"/>: Briefs changes the brief from either event.
/// </summary>
internal sealed class CloseBriefHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, Evaluations evaluations, IBriefs briefs, TimeProvider clock)
    : ICommandHandler<CloseBriefCommand>
{
    public async Task<Result> HandleAsync(CloseBriefCommand command, CancellationToken cancellationToken)
    {
        var (by, briefId, closing, personalMessages) = (command.By, command.BriefId, command.Closing, command.PersonalMessages);
        var brief = await briefs.AskAsync(new ReviewBriefQuery(by.OrganisationId, briefId), cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.StateRefusalAsync(briefId, closing, DateOnly.FromDateTime(now), cancellationToken) is { } refused)
        {
            return refused;
        }

        var open = await db.OpenDecisionsAsync(briefId, cancellationToken);
        IEnumerable<object> Outcomes() => OutcomeMessages.Plan(open, closing).Select(plan =>
            personalMessages.TryGetValue(plan.Decision.Id, out var personal) && !string.IsNullOrWhiteSpace(personal)
                ? db.Decide(plan.Decision, plan.Outcome, personal.Trim(), automated: false, now, Reason(plan.Outcome), closing.ReviewDate)
                : db.Decide(plan.Decision, plan.Outcome, plan.Message, automated: true, now, Reason(plan.Outcome), closing.ReviewDate))
            .OfType<object>().ToList();

        if (closing.Kind == ClosingKind.Filled)
        {
            return await evaluations.CoordinatorChangeAsync(by, briefId, (context, _) =>
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

        // The outcomes and the decision to close are one save; Briefs holds or withdraws the brief when it hears of it, and what
        // Briefs then tells finds nobody left waiting here, so the outcomes stay the coordinator's words, not the automated ones.
        return await changes.ApplyAsync(_ => (List<object>)[.. Outcomes(),
            new BriefClosingDecided(briefId, by.OrganisationId, closing.Kind, closing.Reason!.Trim(), closing.ReviewDate, by.Name, now)], cancellationToken);
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
