using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Firms;

[AllowAnonymous]
[Throttled]
public sealed class ApplyModel(IFirmNetwork firms) : PageModel
{
    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? ApplicantEmail { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public FirmProfileInput Profile { get; set; } = new() { Capacity = 3 };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await firms.SendAsync(new ApplyCommand(ApplicantName, ApplicantEmail, Password, Profile), cancellationToken);
        if (ModelState.AddErrors(result, prefix: ""))
        {
            return Page();
        }

        TempData["Confirmation"] = $"Thank you: your application is in. We have emailed {ApplicantEmail?.Trim()}; sign in with the password you chose to follow where it stands.";
        return Redirect("/account/sign-in");
    }
}
