namespace InterimExchange.Web.Areas.Rpo.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, ITrackRecords trackRecords) : RelationshipPageModel(relationships, trackRecords)
{
    public override string Home => "/rpo/relationships";
}
