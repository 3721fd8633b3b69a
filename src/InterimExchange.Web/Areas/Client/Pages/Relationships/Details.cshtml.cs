namespace InterimExchange.Web.Areas.Client.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, IInsights insights) : RelationshipPageModel(relationships, insights)
{
    public override string Home => "/client/relationships";
}
