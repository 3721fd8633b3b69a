namespace InterimExchange.Web.Areas.Client.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, ITrackRecords trackRecords) : RelationshipPageModel(relationships, trackRecords)
{
    public override string Home => "/client/relationships";
}
