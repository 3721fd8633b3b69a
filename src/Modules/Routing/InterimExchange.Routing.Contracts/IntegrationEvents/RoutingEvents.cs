namespace InterimExchange.Routing.Contracts.IntegrationEvents;

/// <summary>
/// A confirmed brief was routed to one firm, with the coordinator's personal note and the reasons it was chosen.
/// For the RPO's own sourcing team the firm id is the RPO's organisation id. The coordinator who routed it owns the decision the firm awaits.
/// </summary>
public sealed record BriefRoutedToFirm(Guid BriefId, Guid FirmId, string FirmName, RoutingChannel Channel, Guid RpoOrganisationId, string RoleTitle, int Wave, string Note,
    IReadOnlyList<string> Reasons, DateOnly RespondBy, DateOnly ProposalsDue, DateTime RoutedAtUtc, Guid CoordinatorId, string Coordinator);

/// <summary>A firm answered a routed brief: interested, or declined with a reason.</summary>
public sealed record FirmRespondedToBrief(Guid BriefId, Guid FirmId, bool Interested, string? DeclineReason, string? Note, DateTime RespondedAtUtc);
