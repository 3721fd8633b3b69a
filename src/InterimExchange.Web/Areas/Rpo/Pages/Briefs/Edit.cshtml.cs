namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

public sealed class EditModel(IBriefs briefs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public DraftInput Input { get; set; } = new();

    public IReadOnlyList<ClientCompanyView> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? client, CancellationToken cancellationToken)
    {
        Clients = await briefs.AskAsync(new ClientCompaniesQuery(User.OrganisationId()), cancellationToken);
        if (Id is not { } id)
        {
            Input.ClientCompanyId = client;
            Input.Sector = Clients.FirstOrDefault(c => c.Id == client)?.Sector;
            return Page();
        }

        var brief = await briefs.AskAsync(new ReviewBriefQuery(User.OrganisationId(), id), cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        Input = new DraftInput
        {
            RoleTitle = brief.RoleTitle,
            ClientCompanyId = brief.ClientCompanyId,
            Sector = brief.Sector,
            Function = brief.Function,
            Seniority = brief.Seniority,
            Region = brief.Region,
            Location = brief.Location,
            RemotePolicy = brief.RemotePolicy,
            ExpectedStart = brief.ExpectedStart,
            DurationMonths = brief.DurationMonths,
            Confidential = brief.Confidential,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another RPO's brief is not found, whatever was posted: tenancy is checked before the input.
        if (Id is { } id && await briefs.AskAsync(new ReviewBriefQuery(User.OrganisationId(), id), cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await briefs.SendAsync(new SaveDraftCommand(User.Caller(), Id, Input.RoleTitle, Input.ClientCompanyId,
            Input.Sector, Input.Function, Input.Seniority, Input.Location, Input.Region, Input.RemotePolicy, Input.ExpectedStart,
            Input.DurationMonths, Input.Confidential), cancellationToken);
        return await this.AfterChangeAsync(result, Id is null ? "Draft saved. Next, invite the client executive to brief." : "Changes saved.",
            $"/rpo/briefs/{result.Id}", async () =>
            {
                Clients = await briefs.AskAsync(new ClientCompaniesQuery(User.OrganisationId()), cancellationToken);
                return Page();
            }, prefix: "Input");
    }

    public sealed class DraftInput
    {
        public string? RoleTitle { get; set; }

        public Guid? ClientCompanyId { get; set; }

        public string? Sector { get; set; }

        public string? Function { get; set; }

        public string? Seniority { get; set; }

        public string? Region { get; set; }

        public string? Location { get; set; }

        public RemotePolicy? RemotePolicy { get; set; }

        public DateOnly? ExpectedStart { get; set; }

        public int? DurationMonths { get; set; }

        public bool Confidential { get; set; }
    }
}
