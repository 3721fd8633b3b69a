using InterimExchange.BuildingBlocks;

namespace InterimExchange.Accounts.Contracts;

/// <summary>The four roles; each portal admits one of them.</summary>
public static class Roles
{
    public const string RpoCoordinator = "RpoCoordinator";
    public const string FirmMember = "FirmMember";
    public const string ClientExecutive = "ClientExecutive";
    public const string VettingOfficer = "VettingOfficer";

    public static IReadOnlyList<string> All { get; } = [RpoCoordinator, FirmMember, ClientExecutive, VettingOfficer];

    /// <summary>The role every member of an organisation of this kind holds: the one mapping from kind to role.</summary>
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.RpoProvider => RpoCoordinator,
        OrganisationKind.SpecialistFirm => FirmMember,
        OrganisationKind.ClientCompany => ClientExecutive,
        OrganisationKind.Platform => VettingOfficer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown organisation kind."),
    };

    /// <summary>The kind of organisation whose members hold <paramref name="role"/>; null for a role no organisation gives.</summary>
    public static OrganisationKind? KindOf(string role) => role switch
    {
        RpoCoordinator => OrganisationKind.RpoProvider,
        FirmMember => OrganisationKind.SpecialistFirm,
        ClientExecutive => OrganisationKind.ClientCompany,
        VettingOfficer => OrganisationKind.Platform,
        _ => null,
    };
}

/// <summary>Claims every signed-in user carries; later modules check the organisation for tenancy.</summary>
public static class AccountClaims
{
    public const string OrganisationId = "ix:organisation_id";
    public const string OrganisationName = "ix:organisation_name";
    public const string OrganisationAdmin = "ix:organisation_admin";
    public const string DisplayName = "ix:display_name";
    public const string TimeZone = "ix:time_zone";

    /// <summary>The id of the signed-in browser's session, which the person sees in their settings and can end.</summary>
    public const string SessionId = "ix:session_id";

    /// <summary>
    /// In an API token, the account its changes are recorded as: the person an app acts for, or the admin who registered an
    /// integration acting as its organisation.
    /// </summary>
    public const string ActsAs = "ix:acts_as";
}

/// <summary>What happened to an organisation's people, as its history says it.</summary>
public enum PeopleChange
{
    Joined,
    BecameAdmin,
    StoppedBeingAdmin,
    Left,
    HandedOverWork,
    TookBackWork,
}

public static class PeopleChangeWords
{
    /// <summary>The change as the history says it after the person's name: "Sam Reed <c>became an admin</c>".</summary>
    public static string Describe(PeopleChange change) => change switch
    {
        PeopleChange.Joined => "joined",
        PeopleChange.BecameAdmin => "became an admin",
        PeopleChange.StoppedBeingAdmin => "stopped being an admin",
        PeopleChange.Left => "left",
        PeopleChange.HandedOverWork => "handed their work over",
        PeopleChange.TookBackWork => "took their work back",
        _ => change.ToString(),
    };

    /// <summary>The word before the colleague's name: work is handed over <c>to</c> them, taken back <c>from</c> them.</summary>
    public static string Towards(PeopleChange change) => change == PeopleChange.TookBackWork ? "from" : "to";
}
