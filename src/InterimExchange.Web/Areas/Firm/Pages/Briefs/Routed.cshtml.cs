namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class RoutedModel(IFirmInbox inbox, IOutcomes outcomes, IEngagements engagements, IRelationships relationships, IInsights insights,
    IAccounts accounts) : RoutedBriefPageModel(inbox, outcomes, engagements, relationships, insights, accounts)
{
    public override string EngagementPath => $"/firm/briefs/{Id}/engagement";

    public override (string Path, string Title) Inbox => ("/firm", "Your inbox");

    public override string Answerer => "Your firm";
}
