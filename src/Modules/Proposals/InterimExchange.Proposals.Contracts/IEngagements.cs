namespace InterimExchange.Proposals.Contracts;

/// <summary>
/// The engagement that fills a brief: the interim selected, when they start, and the success criteria carried forward. Each
/// method answers only its viewer (null otherwise, or while the brief is not filled): the brief's RPO, the client executive
/// invited to the brief, and the firm whose candidate was selected.
/// </summary>
public interface IEngagements
{
    Task<EngagementView?> ForCoordinatorAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);

    Task<EngagementView?> ForClientExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken);

    Task<EngagementView?> ForFirmAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken);
}

public sealed record EngagementView(Guid Id, Guid BriefId, string RoleTitle, string FirmName, string CandidateAlias, DateOnly StartDate,
    IReadOnlyList<string> SuccessCriteria, string StartedBy);
