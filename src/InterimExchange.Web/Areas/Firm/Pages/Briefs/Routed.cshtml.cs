namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class RoutedModel(IFirmInbox inbox, IOutcomes outcomes, IEngagements engagements, IRelationships relationships, ITrackRecords trackRecords,
    IAccounts accounts) : RoutedBriefPageModel(inbox, outcomes, engagements, relationships, trackRecords, accounts)
{
    public override string EngagementPath => $"/firm/briefs/{Id}/engagement";

    public override (string Path, string Title) Inbox => ("/firm", "Your inbox");

    public override string Answerer => "Your firm";
}
