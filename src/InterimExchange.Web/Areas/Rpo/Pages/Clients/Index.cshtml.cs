namespace InterimExchange.Web.Areas.Rpo.Pages.Clients;

public sealed class IndexModel(IBriefs briefs) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    public IReadOnlyList<ClientCompanyView> Clients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clients = await briefs.AskAsync(new ClientCompaniesQuery(User.OrganisationId()), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await briefs.SendAsync(new AddClientCompanyCommand(User.Caller(), Name ?? "", Sector ?? ""), cancellationToken);
        if (ModelState.AddErrors(result, prefix: ""))
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = $"{Name!.Trim()} added. Now add the executives you will invite to brief.";
        return Redirect($"/rpo/clients/{result.Id}");
    }
}
