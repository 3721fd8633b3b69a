using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Insights.Features;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Insights.Features.Facts;

// Insights and track records are read from these facts, never from the other modules' tables: each event fills in its part,
// once, through the module's inbox.

internal sealed class BriefCreatedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<BriefCreated, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefCreated message, CancellationToken cancellationToken) =>
        (await Db.BriefAsync(message.BriefId, message.RpoOrganisationId, cancellationToken)).Created(message.CreatedAtUtc);
}

internal sealed class BriefConfirmedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<BriefConfirmed, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefConfirmed message, CancellationToken cancellationToken) =>
        (await Db.BriefAsync(message.BriefId, message.RpoOrganisationId, cancellationToken)).Confirmed(message.Routing.ClientCompanyId, message.Routing.Sector);
}

internal sealed class BriefRoutedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<BriefRoutedToFirm, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken) =>
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).Routed(message.RpoOrganisationId, message.Channel, message.RoutedAtUtc, message.RespondBy);
}

internal sealed class FirmRespondedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<FirmRespondedToBrief, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(FirmRespondedToBrief message, CancellationToken cancellationToken)
    {
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).Answered(message.Interested, message.RespondedAtUtc);
        if (!message.Interested)
        {
            await Db.FirmClosedAsync(message.BriefId, message.FirmId, cancellationToken);
        }
    }
}

internal sealed class ProposalWithdrawnFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<ProposalWithdrawn, InsightsDbContext>(db, clock)
{
    protected override Task HandleAsync(ProposalWithdrawn message, CancellationToken cancellationToken) =>
        Db.FirmClosedAsync(message.BriefId, message.FirmId, cancellationToken);
}

internal sealed class ProposalSubmittedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<ProposalSubmitted, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProposalSubmitted message, CancellationToken cancellationToken)
    {
        (await Db.BriefAsync(message.BriefId, message.RpoOrganisationId, cancellationToken)).ProposalArrived(message.AtUtc);
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).ProposalSubmitted();
    }
}

internal sealed class CandidateShortlistedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<CandidateShortlisted, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(CandidateShortlisted message, CancellationToken cancellationToken) =>
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).CandidateShortlisted();
}

internal sealed class CandidateSelectedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<CandidateSelected, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(CandidateSelected message, CancellationToken cancellationToken) =>
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).CandidateSelected();
}

internal sealed class EngagementStartedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<EngagementStarted, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(EngagementStarted message, CancellationToken cancellationToken)
    {
        (await Db.BriefAsync(message.BriefId, message.RpoOrganisationId, cancellationToken)).Engaged(message.StartDate);
        (await Db.RoutingAsync(message.BriefId, message.FirmId, cancellationToken)).EngagementStarted();
    }
}

internal sealed class CriterionReviewedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<CriterionReviewed, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(CriterionReviewed message, CancellationToken cancellationToken)
    {
        var review = await Db.Reviews.FindAsync([message.EngagementId, message.Number], cancellationToken);
        if (review is null)
        {
            review = new ReviewFact(message.EngagementId, message.Number, message.BriefId, message.RpoOrganisationId, message.FirmId);
            Db.Reviews.Add(review);
        }

        review.Reviewed(message.Rating, message.AtUtc);
    }
}

internal sealed class OutcomeGivenFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<OutcomeGiven, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutcomeGiven message, CancellationToken cancellationToken)
    {
        (await Db.PromiseAsync(message.DecisionId, message.RpoOrganisationId, message.BriefId, message.FirmId, cancellationToken))
            .Given(message.DecisionBy, message.Outcome, message.Automated, message.AtUtc);
    }
}

/// <summary>The reminder two days before a decision date is the first the facts hear of an open item and its date.</summary>
internal sealed class DecisionReminderFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<DecisionReminderDue, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(DecisionReminderDue message, CancellationToken cancellationToken) =>
        (await Db.PromiseAsync(message.DecisionId, message.RpoOrganisationId, message.BriefId, message.FirmId, cancellationToken)).Promised(message.DecisionBy);
}

internal sealed class DecisionDateMovedFact(InsightsDbContext db, TimeProvider clock) : InboxConsumer<DecisionDateMoved, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(DecisionDateMoved message, CancellationToken cancellationToken) =>
        (await Db.PromiseAsync(message.DecisionId, message.RpoOrganisationId, message.BriefId, message.FirmId, cancellationToken)).Promised(message.To);
}
