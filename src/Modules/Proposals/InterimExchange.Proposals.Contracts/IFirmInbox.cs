using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts;

/// <summary>A firm's inbox of routed briefs, and its answers. Every call names the firm: a firm sees only what was routed to it.</summary>
public interface IFirmInbox
{
    Task<IReadOnlyList<InboxItemView>> ListAsync(Guid firmId, CancellationToken cancellationToken);

    /// <summary>The routed brief as the firm reads it; null when it was not routed to this firm.</summary>
    Task<RoutedBriefView?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken);

    Task<Result> RespondAsync(RespondToBrief request, CancellationToken cancellationToken);
}

/// <summary>
/// A routed brief in a firm's inbox: its dates, the firm's answer, where its proposal stands (null before one is saved), and
/// the date the firm was promised a decision (null when nothing is awaited), and the last outcome given.
/// </summary>
public sealed record InboxItemView(Guid BriefId, string RoleTitle, DateOnly RespondBy, DateOnly ProposalsDue, DateTime RoutedAtUtc, FirmResponse? Response,
    ProposalStatus? Proposal = null, DateOnly? HearBy = null, Outcome? LastOutcome = null)
{
    public string State => (Response, Proposal) switch
    {
        _ when HearBy is null && LastOutcome is { } outcome && outcome != Outcome.DeclinedByFirm => OutcomeWords.Of(outcome),
        (null, _) => "Not answered yet",
        (FirmResponse.Declined, _) => "Declined",
        (_, ProposalStatus.Submitted) => "Proposal submitted",
        (_, ProposalStatus.Withdrawn) => "Proposal withdrawn",
        (_, ProposalStatus.Draft) => "Interested, proposal in draft",
        _ => "Interested, no proposal yet",
    };
}

public sealed record RoutedBriefView(InboxItemView Item, string Note, IReadOnlyList<string> Reasons, DeclineReason? DeclineReason, string? ResponseNote, FirmBriefView Brief,
    Guid RpoOrganisationId);

public sealed record RespondToBrief(Guid FirmId, Guid BriefId, bool Interested, DeclineReason? Reason, string? Note);
