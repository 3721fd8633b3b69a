namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class EngagementModel(IProposals proposals) : EngagementPageModel(proposals)
{
    public override (string Path, string Title) Back => ($"/firm/briefs/{Id}", "Back to the brief");

    public override bool NamesInterim => true;

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Proposals.AskAsync(new ViewEngagementAsFirmQuery(User.Caller(), Id), cancellationToken);
}
