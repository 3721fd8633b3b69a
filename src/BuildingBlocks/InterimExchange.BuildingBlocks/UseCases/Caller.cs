namespace InterimExchange.BuildingBlocks;

/// <summary>The four kinds of organisation on the platform; each person belongs to one organisation of one kind.</summary>
public enum OrganisationKind
{
    RpoProvider,
    SpecialistFirm,
    ClientCompany,
    Platform,
}

/// <summary>
/// Who asks for a use case: the person (or, through the API, the integration acting for its organisation), their
/// organisation, its kind, and whether they are one of its admins. Built once per request from the signed-in person or the
/// API token and passed to every use case, which keeps to the caller's tenancy with it.
/// </summary>
/// <param name="Name">How the person is named in what others read (a brief's history, an email); an integration acting as its
/// organisation is named as the organisation.</param>
/// <param name="Email">The person's address, empty for an integration acting as its organisation.</param>
/// <param name="TimeZone">The zone the person's times are shown and sent in.</param>
public sealed record Caller(Guid OrganisationId, string OrganisationName, OrganisationKind Kind, Guid UserId, string Name, bool IsAdmin,
    string Email = "", string TimeZone = Time.LocalTimes.DefaultZone);
