namespace InterimExchange.Web.Areas.Rpo.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships) : RelationshipPageModel(relationships)
{
    public override string Home => "/rpo/relationships";
}
