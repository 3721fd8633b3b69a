namespace InterimExchange.Web.Areas.Firm.Pages.Relationships;

public sealed class DetailsModel(IRelationships relationships) : RelationshipPageModel(relationships)
{
    public override string Home => "/firm/relationships";
}
