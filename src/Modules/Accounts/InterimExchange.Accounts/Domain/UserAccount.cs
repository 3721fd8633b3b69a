using InterimExchange.BuildingBlocks.Time;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Domain;

/// <summary>A person who signs in; they belong to exactly one organisation.</summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid OrganisationId { get; set; }

    /// <summary>An organisation's admin invites colleagues and revokes invitations.</summary>
    public bool IsOrganisationAdmin { get; set; }

    /// <summary>The IANA zone the person's times are shown in; conversations are proposed and read in it.</summary>
    public string TimeZone { get; set; } = LocalTimes.DefaultZone;
}
