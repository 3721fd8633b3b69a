namespace InterimExchange.Web.Areas.Firm.Pages;

/// <summary>The firm's own track record, as coordinators see it when they route briefs.</summary>
public sealed class RecordModel(IInsights insights) : PageModel
{
    public FirmTrackRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var firmId = User.OrganisationId();
        Record = (await insights.AskAsync(new FirmTrackRecordsQuery([firmId]), cancellationToken))[firmId];
    }
}
