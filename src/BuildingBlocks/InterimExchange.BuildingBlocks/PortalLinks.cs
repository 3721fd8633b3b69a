namespace InterimExchange.BuildingBlocks;

/// <summary>
/// The portal pages that emails and notifications link to, in one place: a page that moves changes here, and every message
/// follows. Relative to <see cref="SiteOptions.PublicUrl"/>; <c>PortalLinksTests</c> opens each one.
/// </summary>
public static class PortalLinks
{
    public const string Notifications = "/notifications";

    public const string FirmHome = "/firm";

    public static string Brief(Guid briefId) => $"/rpo/briefs/{briefId}";

    public static string BriefOutcomes(Guid briefId) => $"/rpo/briefs/{briefId}/outcomes";

    public static string BriefEvaluation(Guid briefId) => $"/rpo/briefs/{briefId}/evaluation";

    /// <summary>Where a routed brief is read and answered: the firm portal, or the RPO portal for the RPO's own sourcing team.</summary>
    public static string RoutedBrief(Guid briefId, bool sourcingTeam) => sourcingTeam ? $"/rpo/sourcing/{briefId}" : $"/firm/briefs/{briefId}";

    /// <summary>The engagement that fills a brief, in one portal: "rpo", "firm" or "client".</summary>
    public static string Engagement(Guid briefId, string portal) => $"/{portal}/briefs/{briefId}/engagement";

    /// <summary>A conversation's page: one address for the coordinator, the firm and the client executive alike.</summary>
    public static string Conversation(Guid conversationId) => $"/conversations/{conversationId}";

    /// <summary>A relationship's page in the portal of the one reading it.</summary>
    public static string Relationship(Guid relationshipId, bool rpo) => rpo ? $"/rpo/relationships/{relationshipId}" : $"/firm/relationships/{relationshipId}";

    /// <summary>A relationship's page in <paramref name="portal"/> (<c>rpo</c>, <c>firm</c> or <c>client</c>).</summary>
    public static string Relationship(Guid relationshipId, string portal) => $"/{portal}/relationships/{relationshipId}";

    public static string BriefingInvitation(string token) => $"/account/briefing?token={Uri.EscapeDataString(token)}";

    public static string ColleagueInvitation(string token) => $"/account/invitation?token={Uri.EscapeDataString(token)}";

    /// <summary>The link that confirms a person's new sign-in address.</summary>
    public static string EmailChange(Guid userId, string email, string token) =>
        $"/account/confirm-email?userId={userId}&email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";

    public static string PasswordReset(string email, string token) =>
        $"/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
}
