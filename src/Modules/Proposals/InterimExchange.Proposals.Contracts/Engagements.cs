using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Contracts;

// The engagement that fills a brief: the interim selected, when they start and are planned to end, and the success criteria
// carried forward, each reviewed at its horizon by the client executive or the coordinator: met, partly met or not met, with
// evidence. Each read answers only a party to it (null otherwise, or while the brief is not filled): the brief's RPO, the client
// executive invited to the brief, and the firm whose candidate was selected.

/// <summary>The engagement as the coordinator of the brief's RPO, or the client executive invited to the brief, reads it.</summary>
public sealed record ViewEngagementQuery(Caller By, Guid BriefId) : IQuery<IProposals, EngagementView?>;

/// <summary>The engagement the caller's organisation's candidate started (a firm's, or an RPO's own sourcing team's), as the proposer reads it.</summary>
public sealed record ViewEngagementAsFirmQuery(Caller By, Guid BriefId) : IQuery<IProposals, EngagementView?>;

/// <summary>The criteria due for review on the engagements of the briefs the caller (a client executive) was invited to, soonest first.</summary>
public sealed record ViewReviewsDueQuery(Caller By) : IQuery<IProposals, IReadOnlyList<ReviewDueView>>;

/// <summary>
/// Reviews the criteria due, all in one sheet, each from its review date on: the coordinator of the brief's RPO or the executive
/// invited to it. A row left blank, or unchanged, is not a review; one row refused refuses the sheet, so nothing typed is lost.
/// </summary>
public sealed record ReviewEngagementCommand(Caller By, Guid BriefId, IReadOnlyList<CriterionReview> Reviews) : ICommand<IProposals>;

/// <summary>The coordinator extends the engagement to a later end date; the end-of-assignment reviews move with it.</summary>
public sealed record ExtendEngagementCommand(Caller By, Guid BriefId, DateOnly? PlannedEnd) : ICommand<IProposals>;

/// <summary>The coordinator ends the engagement early, with a reason from the list and a note; criteria not reviewed stay "not reviewed".</summary>
public sealed record EndEngagementCommand(Caller By, Guid BriefId, EngagementEndReason? Reason, string? Note) : ICommand<IProposals>;

/// <summary>
/// The firm whose candidate was selected gives the interim's real name, or corrects it; any other organisation finds no engagement
/// (not found).
/// </summary>
public sealed record NameInterimCommand(Caller By, Guid BriefId, string? InterimName) : ICommand<IProposals>;

/// <summary>One row of the review sheet: a criterion's rating and its line of evidence, as posted.</summary>
public sealed class CriterionReview
{
    public int Number { get; set; }

    public CriterionRating? Rating { get; set; }

    public string? Evidence { get; set; }
}

public enum CriterionRating
{
    Met,
    PartlyMet,
    NotMet,
}

public enum EngagementState
{
    Active,
    Completed,
    EndedEarly,
}

public enum EngagementEndReason
{
    ObjectivesDelivered,
    ClientChangedCourse,
    InterimLeft,
    NotWorking,
    BudgetCut,
    Other,
}

/// <summary>One criterion of an engagement: <paramref name="Reviewable"/> when a reviewer may review it (or change its review) today.</summary>
public sealed record EngagementCriterionView(int Number, string Outcome, string Measure, string Horizon, DateOnly ReviewOn, bool Due, CriterionRating? Rating,
    string? Evidence, string? ReviewedBy, DateTime? ReviewedAtUtc, bool NotReviewed, bool Reviewable);

/// <summary>An engagement as its parties read it; <paramref name="InterimName"/> is null until the firm gives the interim's name.</summary>
public sealed record EngagementView(Guid Id, Guid BriefId, string RoleTitle, string FirmName, string CandidateAlias, string? InterimName, DateOnly StartDate, DateOnly PlannedEnd,
    EngagementState State, DateOnly? EndedOn, EngagementEndReason? EndReason, string? EndNote, IReadOnlyList<EngagementCriterionView> Criteria, string StartedBy)
{
    /// <summary>How people read the interim: her name once given, the alias until then.</summary>
    public string Interim => EngagementWords.Interim(InterimName, CandidateAlias);
}

/// <summary>An engagement whose criteria are due for review, on the RPO's decisions board; <paramref name="Interim"/> is her name, or the alias until it is given.</summary>
public sealed record ReviewDueView(Guid BriefId, string RoleTitle, string FirmName, string Interim, DateOnly ReviewOn, int DaysOverdue, int Criteria);

public static class EngagementWords
{
    /// <summary>The longest interim's name a firm gives.</summary>
    public const int InterimNameLength = 200;

    /// <summary>
    /// How people read a selected interim: the real name her firm gave, or until then the alias she was proposed under (on purpose:
    /// before selection proposals are anonymous).
    /// </summary>
    public static string Interim(string? name, string alias) => string.IsNullOrWhiteSpace(name) ? alias : name;

    public static string Describe(this CriterionRating rating) => rating switch
    {
        CriterionRating.Met => "Met",
        CriterionRating.PartlyMet => "Partly met",
        _ => "Not met",
    };

    public static string Describe(this EngagementState state) => state switch
    {
        EngagementState.Active => "Active",
        EngagementState.Completed => "Completed",
        _ => "Ended early",
    };

    public static string Describe(this EngagementEndReason reason) => reason switch
    {
        EngagementEndReason.ObjectivesDelivered => "The objectives were delivered early",
        EngagementEndReason.ClientChangedCourse => "The client changed course",
        EngagementEndReason.InterimLeft => "The interim left",
        EngagementEndReason.NotWorking => "It was not working",
        EngagementEndReason.BudgetCut => "The budget was cut",
        _ => "Other",
    };
}
