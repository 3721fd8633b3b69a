namespace InterimExchange.Web.Areas.Rpo.Pages.Sourcing;

/// <summary>A brief the RPO routed to its own sourcing team, read and answered exactly as a specialist firm does.</summary>
public sealed class RoutedModel(IProposals proposals, IRelationships relationships, IInsights insights,
    IAccounts accounts) : RoutedBriefPageModel(proposals, relationships, insights, accounts)
{
    public override string EngagementPath => $"/rpo/briefs/{Id}/engagement";

    public override (string Path, string Title) Inbox => ("/rpo/sourcing", "Your sourcing team's briefs");

    public override string Answerer => "Your sourcing team";
}
