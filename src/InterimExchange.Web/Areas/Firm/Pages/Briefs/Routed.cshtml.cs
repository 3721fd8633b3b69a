namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class RoutedModel(IFirmInbox inbox, IOutcomes outcomes, IEngagements engagements, IConversations conversations, ITrackRecords trackRecords,
    IAccounts accounts) : RoutedBriefPageModel(inbox, outcomes, engagements, conversations, trackRecords, accounts)
{
    public override string EngagementPath => $"/firm/briefs/{Id}/engagement";

    public override (string Path, string Title) Inbox => ("/firm", "Your inbox");

    public override string Answerer => "Your firm";
}
