namespace InterimExchange.Web.Areas.Client.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships) : RelationshipPageModel(relationships)
{
    public override string Home => "/client/relationships";
}
