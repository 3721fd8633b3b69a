namespace InterimExchange.Web.Pages;

/// <summary>Sends a signed-in person to the portal of their role.</summary>
public sealed class PortalModel : PageModel
{
    public IActionResult OnGet() => Portals.For(User) is { } portal ? Redirect(portal.Home) : Forbid();
}
