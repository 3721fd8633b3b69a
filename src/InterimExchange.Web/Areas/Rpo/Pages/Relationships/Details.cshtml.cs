namespace InterimExchange.Web.Areas.Rpo.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, IInsights insights) : RelationshipPageModel(relationships, insights)
{
    public override string Home => "/rpo/relationships";
}
