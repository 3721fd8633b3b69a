using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Domain;

/// <summary>A person who signs in; they belong to exactly one organisation.</summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid OrganisationId { get; set; }

    /// <summary>An organisation's admin invites colleagues and revokes invitations.</summary>
    public bool IsOrganisationAdmin { get; set; }
}
