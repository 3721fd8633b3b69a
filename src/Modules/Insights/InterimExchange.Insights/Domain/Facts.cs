using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Domain;

// The facts insights and track records are computed from. Each is kept by the other modules' events, which arrive in any
// order on different queues: every method fills in what its event knows and leaves the rest, so any order ends the same.

/// <summary>One brief: when it was created, for which client and sector, its first proposal and when its interim started.</summary>
internal sealed class BriefFact
{
    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid? ClientCompanyId { get; private set; }

    public string? Sector { get; private set; }

    public DateOnly? CreatedOn { get; private set; }

    public DateOnly? FirstProposalOn { get; private set; }

    public DateOnly? EngagedOn { get; private set; }

    private BriefFact()
    {
    }

    public BriefFact(Guid briefId, Guid rpoOrganisationId)
    {
        BriefId = briefId;
        RpoOrganisationId = rpoOrganisationId;
    }

    public void Created(DateTime atUtc) => CreatedOn = DateOnly.FromDateTime(atUtc);

    public void Confirmed(Guid clientCompanyId, string sector)
    {
        ClientCompanyId = clientCompanyId;
        Sector = sector;
    }

    public void ProposalArrived(DateTime atUtc) => FirstProposalOn = Earliest(FirstProposalOn, DateOnly.FromDateTime(atUtc));

    public void Engaged(DateOnly startDate) => EngagedOn = Earliest(EngagedOn, startDate);

    private static DateOnly Earliest(DateOnly? known, DateOnly candidate) => known is { } date && date <= candidate ? date : candidate;
}

/// <summary>One brief routed to one firm (or the RPO's own sourcing team) and how far the firm went with it.</summary>
internal sealed class RoutingFact
{
    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public RoutingChannel Channel { get; private set; }

    public DateTime? RoutedAtUtc { get; private set; }

    public DateOnly? RespondBy { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public bool Interested { get; private set; }

    /// <summary>Kept once both the routing and the answer are known, so that track records count them in the database.</summary>
    public bool AnsweredByRespondBy { get; private set; }

    public int? MinutesToAnswer { get; private set; }

    public bool Proposed { get; private set; }

    public bool Shortlisted { get; private set; }

    public bool Selected { get; private set; }

    public bool Engaged { get; private set; }

    private RoutingFact()
    {
    }

    public RoutingFact(Guid briefId, Guid firmId)
    {
        BriefId = briefId;
        FirmId = firmId;
    }

    /// <summary>Only the routing knows the RPO and the channel; a fact not (yet) routed counts nowhere.</summary>
    public void Routed(Guid rpoOrganisationId, RoutingChannel channel, DateTime atUtc, DateOnly respondBy)
    {
        RpoOrganisationId = rpoOrganisationId;
        Channel = channel;
        RoutedAtUtc = atUtc;
        RespondBy = respondBy;
        Settle();
    }

    public void Answered(bool interested, DateTime atUtc)
    {
        RespondedAtUtc = atUtc;
        Interested = interested;
        Settle();
    }

    private void Settle()
    {
        if (RoutedAtUtc is { } routed && RespondBy is { } respondBy && RespondedAtUtc is { } responded)
        {
            AnsweredByRespondBy = DateOnly.FromDateTime(responded) <= respondBy;
            MinutesToAnswer = (int)Math.Max(0, (responded - routed).TotalMinutes);
        }
    }

    public void ProposalSubmitted() => Proposed = true;

    public void CandidateShortlisted() => Shortlisted = true;

    public void CandidateSelected() => Selected = true;

    public void EngagementStarted() => Engaged = true;
}

/// <summary>One success criterion of an engagement, as last reviewed.</summary>
internal sealed class ReviewFact
{
    public Guid EngagementId { get; private set; }

    public int Number { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid FirmId { get; private set; }

    public RoutingChannel Channel { get; private set; }

    /// <summary>Met counts two halves, partly met one, not met none: partly met counts half in the hit on target.</summary>
    public int HalfPoints { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    private ReviewFact()
    {
    }

    public ReviewFact(Guid engagementId, int number, Guid briefId, Guid rpoOrganisationId, Guid firmId)
    {
        EngagementId = engagementId;
        Number = number;
        BriefId = briefId;
        RpoOrganisationId = rpoOrganisationId;
        FirmId = firmId;
        Channel = firmId == rpoOrganisationId ? RoutingChannel.SourcingTeam : RoutingChannel.SpecialistFirm;
    }

    public void Reviewed(CriterionRating rating, DateTime atUtc)
    {
        HalfPoints = rating switch
        {
            CriterionRating.Met => 2,
            CriterionRating.PartlyMet => 1,
            _ => 0,
        };
        ReviewedOn = DateOnly.FromDateTime(atUtc);
    }
}

/// <summary>One decision a firm was promised by a date: open until its outcome is given.</summary>
internal sealed class PromiseFact
{
    public Guid DecisionId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public DateOnly DecisionBy { get; private set; }

    public DateOnly? GivenOn { get; private set; }

    /// <summary>Given by its date; kept as a column so that the few that were not (or are still open) are read through an index.</summary>
    public bool Kept { get; private set; }

    /// <summary>A not-progressed outcome, and whether a person wrote its message rather than the automated one.</summary>
    public bool NotProgressed { get; private set; }

    public bool Personal { get; private set; }

    private PromiseFact()
    {
    }

    public PromiseFact(Guid decisionId, Guid rpoOrganisationId, Guid briefId, Guid firmId)
    {
        DecisionId = decisionId;
        RpoOrganisationId = rpoOrganisationId;
        BriefId = briefId;
        FirmId = firmId;
    }

    /// <summary>The date the firm awaits; an outcome already given keeps the date it was given against.</summary>
    public void Promised(DateOnly decisionBy)
    {
        if (GivenOn is null)
        {
            DecisionBy = decisionBy;
        }
    }

    public void Given(DateOnly decisionBy, Outcome outcome, bool automated, DateTime atUtc)
    {
        DecisionBy = decisionBy;
        GivenOn = DateOnly.FromDateTime(atUtc);
        Kept = GivenOn <= decisionBy;
        NotProgressed = outcome == Outcome.NotProgressed;
        Personal = !automated;
    }
}
