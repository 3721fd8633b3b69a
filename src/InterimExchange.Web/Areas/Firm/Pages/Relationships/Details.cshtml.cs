namespace InterimExchange.Web.Areas.Firm.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, ITrackRecords trackRecords) : RelationshipPageModel(relationships, trackRecords)
{
    public override string Home => "/firm/relationships";
}
