namespace InterimExchange.Routing.Contracts;

/// <summary>The Routing module's facade: which firms should receive a confirmed brief, and why.</summary>
public interface IRouting
{
    /// <summary>
    /// Eligible firms ranked for one of the RPO's confirmed briefs, each with its reasons in words;
    /// null when the brief is not confirmed (or not the RPO's).
    /// </summary>
    Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);

    /// <summary>Routes the brief to the chosen firms: one <c>BriefRoutedToFirm</c> each, through the outbox. A later call routes a further wave.</summary>
    Task<InterimExchange.BuildingBlocks.Results.Result> RouteAsync(RouteBrief request, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(string name, CancellationToken cancellationToken);
}

/// <summary>One recommended firm: its score (higher is a better fit) and the reasons, citing its own profile.</summary>
public sealed record Recommendation(Guid FirmId, string FirmName, int Score, IReadOnlyList<string> Reasons)
{
    public string Summary => string.Join("; ", Reasons);
}

/// <summary>The coordinator's routing of a confirmed brief: the firms, a personal note to each, and the two dates.</summary>
public sealed record RouteBrief(Guid RpoId, Guid BriefId, string Actor, DateOnly? RespondBy, DateOnly? ProposalsDue, IReadOnlyList<FirmToRoute> Firms);

public sealed record FirmToRoute(Guid FirmId, string? Note);

public enum FirmResponse
{
    Interested,
    Declined,
}

public enum DeclineReason
{
    NoFit,
    NoCapacity,
    Conflict,
    Other,
}

/// <summary>A firm a brief was routed to, and what it answered.</summary>
public sealed record RoutedFirmView(Guid FirmId, string FirmName, int Wave, string Note, DateOnly RespondBy, DateOnly ProposalsDue, DateTime RoutedAtUtc,
    FirmResponse? Response, DeclineReason? DeclineReason, string? ResponseNote, DateTime? RespondedAtUtc);

/// <summary>An eligible firm found by name, to add to a routing by hand.</summary>
public sealed record EligibleFirm(Guid FirmId, string Name);

public static class RoutingWords
{
    public static string Describe(this DeclineReason reason) => reason switch
    {
        DeclineReason.NoFit => "No fit",
        DeclineReason.NoCapacity => "No capacity",
        DeclineReason.Conflict => "Conflict of interest",
        DeclineReason.Other => "Other",
        _ => reason.ToString(),
    };
}
