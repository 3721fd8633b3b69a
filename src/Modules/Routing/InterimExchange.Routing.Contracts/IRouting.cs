using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Contracts;

/// <summary>The Routing module's entry: which firms should receive a confirmed brief, and why.</summary>
public interface IRouting : IModuleEntry<IRouting>;

/// <summary>
/// Eligible firms ranked for one of the RPO's confirmed briefs, each with its reasons in words; null when the brief is not
/// confirmed (or not the caller's RPO's).
/// </summary>
public sealed record RecommendQuery(Caller By, Guid BriefId) : IQuery<IRouting, IReadOnlyList<Recommendation>?>;

/// <summary>The firms one of the RPO's briefs was routed to, wave by wave, and what each answered.</summary>
public sealed record RoutedFirmsQuery(Caller By, Guid BriefId) : IQuery<IRouting, IReadOnlyList<RoutedFirmView>>;

/// <summary>Eligible firms whose name contains the text, leaving out those excluded for the brief's client.</summary>
public sealed record FindEligibleFirmsQuery(Caller By, Guid BriefId, string Name) : IQuery<IRouting, IReadOnlyList<EligibleFirm>>;

/// <summary>Firms the RPO excluded for the brief's client company: never recommended, found or routed for its briefs.</summary>
public sealed record ExclusionsQuery(Caller By, Guid BriefId) : IQuery<IRouting, IReadOnlyList<ExclusionView>>;

/// <summary>
/// One recommended firm: its score (higher is a better fit), the reasons citing its own profile, and what does not fit.
/// A full fit specialises in the brief's sector and function; only full fits start chosen ("right project, right agent").
/// </summary>
public sealed record Recommendation(Guid FirmId, string FirmName, int Score, IReadOnlyList<string> Reasons, bool FullFit = false, IReadOnlyList<string>? Gaps = null)
{
    public string Summary => string.Join("; ", Reasons);

    /// <summary>What does not fit, in words ("No Regulatory affairs practice"); empty for a firm that fits in every respect.</summary>
    public string GapSummary => string.Join("; ", Gaps ?? []);
}

/// <summary>
/// The coordinator routes a confirmed brief to the chosen firms, with a personal note to each and the two dates: one
/// <c>BriefRoutedToFirm</c> each, through the outbox. A later routing sends a further wave. A firm id equal to the caller's
/// organisation routes the brief to the RPO's own sourcing team, named after the RPO.
/// </summary>
public sealed record RouteBriefCommand(Caller By, Guid BriefId, DateOnly? RespondBy, DateOnly? ProposalsDue, IReadOnlyList<FirmToRoute> Firms) : ICommand<IRouting>
{
    /// <summary>The key of the error about one chosen firm (suspended, vetting expired, full, excluded), shown next to that firm.</summary>
    public static string FirmField(Guid firmId) => FirmFieldPrefix + firmId;

    public const string FirmFieldPrefix = "Firm.";

    /// <summary>When firms respond by, unless the coordinator chooses: three working days from <paramref name="today"/>.</summary>
    public static DateOnly DefaultRespondBy(DateOnly today) => BusinessDays.Add(today, 3);

    /// <summary>When proposals are due, unless the coordinator chooses: ten working days from <paramref name="today"/>.</summary>
    public static DateOnly DefaultProposalsDue(DateOnly today) => BusinessDays.Add(today, 10);
}

public sealed record FirmToRoute(Guid FirmId, string? Note);

/// <summary>Who proposes on a brief: a vetted specialist firm, or the RPO's own sourcing team alongside them.</summary>
public enum RoutingChannel
{
    SpecialistFirm,
    SourcingTeam,
}

/// <summary>The coordinator excludes a firm for the brief's client, with the reason colleagues read: not recommended, found or routed for that client's briefs.</summary>
public sealed record ExcludeFirmCommand(Caller By, Guid BriefId, Guid FirmId, string Reason) : ICommand<IRouting>;

/// <summary>The coordinator lifts a firm's exclusion for the brief's client: it can be recommended for that client's briefs again.</summary>
public sealed record LiftExclusionCommand(Caller By, Guid BriefId, Guid FirmId) : ICommand<IRouting>;

public sealed record ExclusionView(Guid FirmId, string FirmName, string Reason, string ExcludedBy, DateTime ExcludedAtUtc);

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
public sealed record RoutedFirmView(Guid FirmId, string FirmName, RoutingChannel Channel, int Wave, string Note, DateOnly RespondBy, DateOnly ProposalsDue, DateTime RoutedAtUtc,
    FirmResponse? Response, DeclineReason? DeclineReason, string? ResponseNote, DateTime? RespondedAtUtc);

/// <summary>An eligible firm found by name, to add to a routing by hand.</summary>
public sealed record EligibleFirm(Guid FirmId, string Name);

public static class RoutingWords
{
    public static string SourcingTeamName(string rpoName) => $"{rpoName} sourcing team";

    /// <summary>Why the RPO's own sourcing team may be chosen beside the specialist firms.</summary>
    public const string SourcingTeamReason = "Your own sourcing team proposes alongside the specialist firms and is evaluated the same way";

    public static string Describe(this RoutingChannel channel) => channel == RoutingChannel.SourcingTeam ? "RPO sourcing team" : "Specialist firm";

    public static string Describe(this FirmResponse response) => response == FirmResponse.Interested ? "Interested" : "Declined";

    public static string Describe(this DeclineReason reason) => reason switch
    {
        DeclineReason.NoFit => "No fit",
        DeclineReason.NoCapacity => "No capacity",
        DeclineReason.Conflict => "Conflict of interest",
        DeclineReason.Other => "Other",
        _ => reason.ToString(),
    };
}
