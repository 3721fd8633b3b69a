using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.Evaluation;

/// <summary>Unsealing the commercial terms is part of the brief's history, with its reason.</summary>
internal sealed class CommercialTermsUnsealedConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<CommercialTermsUnsealed, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(CommercialTermsUnsealed message, CancellationToken cancellationToken) =>
        (await Db.Briefs.FindAsync([message.BriefId], cancellationToken))?.EvaluationStep("Commercial terms unsealed", message.Reason, message.By, message.AtUtc);
}

/// <summary>A selection starts an engagement and fills the brief, which every module then hears as <see cref="Contracts.IntegrationEvents.BriefFilled"/>.</summary>
internal sealed class EngagementStartedConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<EngagementStarted, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(EngagementStarted message, CancellationToken cancellationToken)
    {
        var brief = await Db.Briefs.FindAsync([message.BriefId], cancellationToken);
        if (brief is not { Status: Contracts.BriefStatus.Routed })
        {
            return;
        }

        brief.Fill(message.By, $"{message.CandidateAlias} of {message.FirmName} starts on {message.StartDate:d MMMM yyyy}", message.AtUtc);

        Db.AddToOutbox(new Contracts.IntegrationEvents.BriefFilled(brief.Id, brief.RpoOrganisationId, message.AtUtc), Clock);
    }
}

/// <summary>
/// The coordinator held or withdrew the brief from its close page, the firms' outcomes already given: the brief follows, and every
/// module hears <see cref="Contracts.IntegrationEvents.BriefPutOnHold"/> or <see cref="Contracts.IntegrationEvents.BriefWithdrawn"/>
/// as from the brief's own page. A brief closed some other way in the meantime stays as it is.
/// </summary>
internal sealed class BriefClosingDecidedConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<BriefClosingDecided, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefClosingDecided message, CancellationToken cancellationToken)
    {
        var brief = await Db.Briefs.FindAsync([message.BriefId], cancellationToken);
        if (brief is null || brief.IsClosed)
        {
            return;
        }

        if (message.Kind == Proposals.Contracts.ClosingKind.OnHold && brief.Status != Contracts.BriefStatus.OnHold)
        {
            brief.PutOnHold(message.Reason, message.ReviewDate!.Value, message.By, message.AtUtc);
            Db.AddToOutbox(new Contracts.IntegrationEvents.BriefPutOnHold(brief.Id, brief.RpoOrganisationId, brief.HoldReason!, message.ReviewDate.Value, message.AtUtc), Clock);
        }
        else if (message.Kind == Proposals.Contracts.ClosingKind.Withdrawn)
        {
            brief.Withdraw(message.Reason, message.By, message.AtUtc);
            Db.AddToOutbox(new Contracts.IntegrationEvents.BriefWithdrawn(brief.Id, brief.RpoOrganisationId, brief.WithdrawalReason!, message.AtUtc), Clock);
        }
    }
}
