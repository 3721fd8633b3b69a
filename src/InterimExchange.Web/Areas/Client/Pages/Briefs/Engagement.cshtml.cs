namespace InterimExchange.Web.Areas.Client.Pages.Briefs;

public sealed class EngagementModel(IEngagements engagements) : EngagementPageModel(engagements)
{
    public override (string Path, string Title) Back => ("/client", "Your briefings");

    public override EngagementReviewer? Reviewer => new(User.UserId(), User.DisplayName(), null);

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Engagements.ForClientExecutiveAsync(User.UserId(), Id, cancellationToken);
}
