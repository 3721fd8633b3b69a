namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class RoutedModel(IFirmInbox inbox, IOutcomes outcomes) : RoutedBriefPageModel(inbox, outcomes)
{
    public override (string Path, string Title) Inbox => ("/firm", "Your inbox");

    public override string Answerer => "Your firm";
}
