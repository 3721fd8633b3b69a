namespace InterimExchange.Web.Areas.Firm.Pages.Relationships;

public sealed class IndexModel(IRelationships relationships) : RelationshipListPageModel(relationships)
{
    public override string Home => "/firm/relationships";
}
