namespace InterimExchange.Web.Areas.Client.Pages.Briefs;

public sealed class EngagementModel(IProposals proposals) : EngagementPageModel(proposals)
{
    public override (string Path, string Title) Back => ("/client", "Your briefings");

    public override bool ReviewsCriteria => true;

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Proposals.AskAsync(new ViewEngagementQuery(User.Caller(), Id), cancellationToken);
}
