namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class RoutedModel(IProposals proposals, IRelationships relationships, IInsights insights,
    IAccounts accounts) : RoutedBriefPageModel(proposals, relationships, insights, accounts)
{
    public override string EngagementPath => $"/firm/briefs/{Id}/engagement";

    public override (string Path, string Title) Inbox => ("/firm", "Your inbox");

    public override string Answerer => "Your firm";
}
