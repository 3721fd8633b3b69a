namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

public sealed class EngagementModel(IProposals proposals) : EngagementPageModel(proposals)
{
    public override (string Path, string Title) Back => ($"/rpo/briefs/{Id}", "Back to the brief");

    public override bool ReviewsCriteria => true;

    public override bool Manages => true;

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Proposals.AskAsync(new ViewEngagementQuery(User.Caller(), Id), cancellationToken);
}
