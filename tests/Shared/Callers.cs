using InterimExchange.BuildingBlocks;

namespace InterimExchange.Testing;

/// <summary>Who asks, in tests that call a module's entry directly: a person of an organisation of some kind.</summary>
internal static class Callers
{
    public static Caller Rpo(Guid organisationId, string organisationName = "Northbridge Talent", Guid? userId = null, string name = "Amelia Hart",
        bool isAdmin = false) =>
        new(organisationId, organisationName, OrganisationKind.RpoProvider, userId ?? Guid.Empty, name, isAdmin);

    public static Caller Firm(Guid organisationId, string organisationName = "", Guid? userId = null, string name = "Maria Jansen", bool isAdmin = false) =>
        new(organisationId, organisationName, OrganisationKind.SpecialistFirm, userId ?? Guid.Empty, name, isAdmin);

    public static Caller Client(Guid organisationId, string organisationName = "", Guid? userId = null, string name = "Sofia Lind", bool isAdmin = false) =>
        new(organisationId, organisationName, OrganisationKind.ClientCompany, userId ?? Guid.Empty, name, isAdmin);

    public static Caller VettingOfficer(Guid? organisationId = null, string name = "Olivia Grant") =>
        new(organisationId ?? Guid.Empty, "InterimExchange Vetting", OrganisationKind.Platform, Guid.Empty, name, IsAdmin: false);
}
