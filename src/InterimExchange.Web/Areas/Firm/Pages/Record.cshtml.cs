namespace InterimExchange.Web.Areas.Firm.Pages;

/// <summary>The firm's own track record, as coordinators see it when they route briefs.</summary>
public sealed class RecordModel(ITrackRecords trackRecords) : PageModel
{
    public FirmTrackRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var firmId = User.OrganisationId();
        Record = (await trackRecords.FirmsAsync([firmId], cancellationToken))[firmId];
    }
}
