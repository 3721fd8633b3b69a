using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Proposals.Contracts;

/// <summary>
/// The engagement that fills a brief: the interim selected, when they start and are planned to end, and the success criteria
/// carried forward, each reviewed at its horizon by the client executive or the coordinator: met, partly met or not met, with
/// evidence. Each method answers only its viewer (null otherwise, or while the brief is not filled): the brief's RPO, the client
/// executive invited to the brief, and the firm whose candidate was selected.
/// </summary>
public interface IEngagements
{
    Task<EngagementView?> ForCoordinatorAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);

    Task<EngagementView?> ForClientExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken);

    Task<EngagementView?> ForFirmAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken);

    /// <summary>The criteria due for review on the engagements of the briefs the executive was invited to, soonest first.</summary>
    Task<IReadOnlyList<ReviewDueView>> DueForClientExecutiveAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Reviews the criteria due, all in one sheet, each from its review date on: the coordinator of the brief's RPO or the executive
    /// invited to it. A row left blank, or unchanged, is not a review; one row refused refuses the sheet, so nothing typed is lost.
    /// </summary>
    Task<Result> ReviewAsync(EngagementReviewer by, Guid briefId, IReadOnlyList<CriterionReview> reviews, CancellationToken cancellationToken);

    /// <summary>The coordinator extends the engagement to a later end date; the end-of-assignment reviews move with it.</summary>
    Task<Result> ExtendAsync(Coordinator by, Guid briefId, DateOnly? plannedEnd, CancellationToken cancellationToken);

    /// <summary>The coordinator ends the engagement early, with a reason from the list and a note; criteria not reviewed stay "not reviewed".</summary>
    Task<Result> EndAsync(Coordinator by, Guid briefId, EndEngagement input, CancellationToken cancellationToken);
}

/// <summary>Who reviews: a coordinator acting for their RPO (<paramref name="RpoId"/>), or a client executive (no RPO).</summary>
public sealed record EngagementReviewer(Guid UserId, string Name, Guid? RpoId);

/// <summary>One row of the review sheet: a criterion's rating and its line of evidence, as posted.</summary>
public sealed class CriterionReview
{
    public int Number { get; set; }

    public CriterionRating? Rating { get; set; }

    public string? Evidence { get; set; }
}

public sealed record EndEngagement(EngagementEndReason? Reason, string? Note);

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

public sealed record EngagementView(Guid Id, Guid BriefId, string RoleTitle, string FirmName, string CandidateAlias, DateOnly StartDate, DateOnly PlannedEnd,
    EngagementState State, DateOnly? EndedOn, EngagementEndReason? EndReason, string? EndNote, IReadOnlyList<EngagementCriterionView> Criteria, string StartedBy);

/// <summary>An engagement whose criteria are due for review, on the RPO's decisions board.</summary>
public sealed record ReviewDueView(Guid BriefId, string RoleTitle, string FirmName, string CandidateAlias, DateOnly ReviewOn, int DaysOverdue, int Criteria);

public static class EngagementWords
{
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
