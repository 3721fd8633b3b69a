namespace InterimExchange.Briefs.Contracts;

public enum BriefStatus
{
    Draft,
    AwaitingBriefing,
    BriefingSubmitted,
    Confirmed,
    Routed,
    Filled,
    OnHold,
    Withdrawn,
}

public enum RemotePolicy
{
    OnSite,
    Hybrid,
    Remote,
}

/// <summary>By when a success criterion is judged.</summary>
public enum Horizon
{
    Days30,
    Days90,
    Days180,
    EndOfAssignment,
}

/// <summary>The steps of the client briefing, in the order the executive meets them.</summary>
public enum BriefingSection
{
    Context,
    SuccessCriteria,
    Value,
    MustHaves,
    Arrangements,
    Commercial,
}

public enum InvitationState
{
    Sent,
    Opened,
    InProgress,
    Submitted,
    Expired,
    Revoked,
}

public static class BriefWords
{
    /// <summary>Where the executive's briefing invitation stands, as the coordinator and the executive read it.</summary>
    public static string Describe(this InvitationState state) => state switch
    {
        InvitationState.Sent => "Sent, not opened yet",
        InvitationState.Opened => "Opened, not started",
        InvitationState.InProgress => "In progress",
        InvitationState.Submitted => "Submitted",
        InvitationState.Expired => "Link expired",
        InvitationState.Revoked => "Revoked",
        _ => state.ToString(),
    };

    public static string Describe(this BriefStatus status) => status switch
    {
        BriefStatus.Draft => "Draft",
        BriefStatus.AwaitingBriefing => "Awaiting briefing",
        BriefStatus.BriefingSubmitted => "Briefing submitted",
        BriefStatus.Confirmed => "Confirmed, ready to route",
        BriefStatus.Routed => "Routed",
        BriefStatus.Filled => "Filled",
        BriefStatus.OnHold => "On hold",
        BriefStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>Where a brief stands, in the words of the client executive who briefed it.</summary>
    public static string DescribeForClient(this BriefStatus status) => status switch
    {
        BriefStatus.BriefingSubmitted => "Submitted: your coordinator is reviewing it",
        BriefStatus.Confirmed => "Confirmed: firms are being chosen",
        BriefStatus.Routed => "With specialist firms: proposals to come",
        BriefStatus.Filled => "Interim engaged",
        BriefStatus.OnHold => "On hold",
        BriefStatus.Withdrawn => "Withdrawn",
        _ => status.Describe(),
    };

    /// <summary>What the coordinator does next with a brief in this state.</summary>
    public static string NextAction(this BriefStatus status) => status switch
    {
        BriefStatus.Draft => "Invite the client executive to brief",
        BriefStatus.AwaitingBriefing => "Waiting for the executive's briefing",
        BriefStatus.BriefingSubmitted => "Review the briefing",
        BriefStatus.Confirmed => "Route to firms",
        BriefStatus.Routed => "Follow firms' responses",
        BriefStatus.OnHold => "Review by the hold's review date",
        _ => "None",
    };

    public static string Describe(this Horizon horizon) => horizon switch
    {
        Horizon.Days30 => "30 days",
        Horizon.Days90 => "90 days",
        Horizon.Days180 => "180 days",
        Horizon.EndOfAssignment => "End of assignment",
        _ => horizon.ToString(),
    };

    public static string Describe(this BriefingSection section) => section switch
    {
        BriefingSection.Context => "Context",
        BriefingSection.SuccessCriteria => "Success criteria",
        BriefingSection.Value => "How the interim adds value",
        BriefingSection.MustHaves => "Must-haves and deal-breakers",
        BriefingSection.Arrangements => "Working arrangements",
        BriefingSection.Commercial => "Commercial expectations",
        _ => section.ToString(),
    };

    public static string Describe(this RemotePolicy policy) => policy switch
    {
        RemotePolicy.OnSite => "On site",
        RemotePolicy.Hybrid => "Hybrid",
        RemotePolicy.Remote => "Remote",
        _ => policy.ToString(),
    };
}
