namespace InterimExchange.Accounts.Contracts.IntegrationEvents;

/// <summary>An admin of the organisation made a colleague an admin.</summary>
public sealed record AdminGranted(Guid OrganisationId, Guid UserId, Guid ByUserId, DateTime AtUtc);

/// <summary>A person stopped being an admin of their organisation, by their own choice or another admin's.</summary>
public sealed record AdminRevoked(Guid OrganisationId, Guid UserId, Guid ByUserId, DateTime AtUtc);

/// <summary>
/// A person left their organisation: the account is kept for history but signs in no more. Their work was handed over in the
/// same change (<see cref="WorkHandedOver"/>).
/// </summary>
public sealed record MemberRemoved(Guid OrganisationId, Guid UserId, string DisplayName, Guid ByUserId, DateTime AtUtc);

/// <summary>
/// Everything <see cref="FromUserId"/> owns in every module now belongs to <see cref="ToUserId"/>, a colleague of the same
/// organisation; <see cref="Note"/> is the line the person handing over wrote for the people concerned, if any. Each module notes
/// what it moved under <see cref="HandoverId"/>, so that <see cref="WorkTakenBack"/> returns exactly that.
/// </summary>
public sealed record WorkHandedOver(Guid HandoverId, Guid OrganisationId, Guid FromUserId, string FromName, Guid ToUserId, string ToName, string ToEmail,
    string ToTimeZone, string? Note, DateTime AtUtc);

/// <summary>
/// A person back from leave takes back what <see cref="HandoverId"/> moved to <see cref="FromUserId"/> (the colleague who held it),
/// where the colleague still holds it; what the colleague began meanwhile stays theirs.
/// </summary>
public sealed record WorkTakenBack(Guid HandoverId, Guid OrganisationId, Guid FromUserId, string FromName, Guid ToUserId, string ToName, string ToEmail,
    string ToTimeZone, DateTime AtUtc);
