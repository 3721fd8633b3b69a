using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts;

/// <summary>The briefs routed to the caller's organisation (a firm, or an RPO's own sourcing team), the latest first.</summary>
public sealed record ViewInboxQuery(Caller By) : IQuery<IProposals, IReadOnlyList<InboxItemView>>;

/// <summary>A brief routed to the caller's organisation, as it reads it; null when it was not routed to it.</summary>
public sealed record ViewRoutedBriefQuery(Caller By, Guid BriefId) : IQuery<IProposals, RoutedBriefView?>;

/// <summary>The caller's organisation answers a brief routed to it: interested, or declined with a reason and a note.</summary>
public sealed record RespondToRoutedBriefCommand(Caller By, Guid BriefId, bool Interested, DeclineReason? Reason, string? Note) : ICommand<IProposals>;

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
