namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class EngagementModel(IEngagements engagements) : EngagementPageModel(engagements)
{
    public override (string Path, string Title) Back => ($"/firm/briefs/{Id}", "Back to the brief");

    public override bool NamesInterim => true;

    protected override Task<EngagementView?> FindAsync(CancellationToken cancellationToken) =>
        Engagements.ForFirmAsync(User.OrganisationId(), Id, cancellationToken);
}
