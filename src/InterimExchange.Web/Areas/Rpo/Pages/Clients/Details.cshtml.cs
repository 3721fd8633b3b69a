namespace InterimExchange.Web.Areas.Rpo.Pages.Clients;

public sealed class DetailsModel(IBriefs briefs) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public ClientCompanyView Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await briefs.AskAsync(new ClientCompanyDetailsQuery(User.OrganisationId(), id), cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        Client = client;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await briefs.SendAsync(
            new AddClientContactCommand(User.Caller(), id, Input.Name ?? "", Input.Email ?? "", Input.JobTitle ?? "", Input.IsAdmin), cancellationToken);
        return await this.AfterChangeAsync(result, $"{Input.Name?.Trim()} added.", $"/rpo/clients/{id}", () => OnGetAsync(id, cancellationToken), prefix: "Input");
    }

    public sealed class ContactInput
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? JobTitle { get; set; }

        /// <summary>An admin of their company on InterimExchange once they set up their account.</summary>
        public bool IsAdmin { get; set; }
    }
}
