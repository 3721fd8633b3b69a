namespace InterimExchange.Web.Areas.Rpo.Pages.Relationships;

/// <summary>The RPO's relationships with firms and clients, and those due for keeping in touch.</summary>
public sealed class IndexModel(IRelationships relationships) : RelationshipListPageModel(relationships)
{
    public override string Home => "/rpo/relationships";

    public KeepInTouchPage KeepInTouch { get; private set; } = null!;

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        KeepInTouch = await Relationships.KeepInTouchAsync(User.OrganisationId(), 1, 25, cancellationToken);
        return await base.OnGetAsync(cancellationToken);
    }
}
