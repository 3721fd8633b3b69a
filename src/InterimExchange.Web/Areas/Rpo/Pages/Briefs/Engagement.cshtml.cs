namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

public sealed class EngagementModel(IEngagements engagements) : EngagementPageModel(engagements)
{
    public override (string Path, string Title) Back => ($"/rpo/briefs/{Id}", "Back to the brief");

    public override EngagementReviewer? Reviewer => new(User.UserId(), User.DisplayName(), User.OrganisationId());

    public override bool Manages => true;

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Engagements.ForCoordinatorAsync(User.OrganisationId(), Id, cancellationToken);
}
