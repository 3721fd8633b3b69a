namespace InterimExchange.Web.Areas.Client.Pages.Relationships;

public sealed class IndexModel(IRelationships relationships) : RelationshipListPageModel(relationships)
{
    public override string Home => "/client/relationships";
}
