namespace InterimExchange.Web.Areas.Firm.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships, IInsights insights) : RelationshipPageModel(relationships, insights)
{
    public override string Home => "/firm/relationships";
}
