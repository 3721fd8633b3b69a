using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InterimExchange.Web.Pages;

internal static class ModelStateResults
{
    /// <summary>Puts a use case's errors next to the form fields they belong to (bound under <paramref name="prefix"/>).</summary>
    public static bool AddErrors(this ModelStateDictionary modelState, Result result, string prefix = "Input")
    {
        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field.Length == 0 || prefix.Length == 0 ? field : $"{prefix}.{field}", message);
            }
        }

        return !result.Succeeded;
    }

    /// <summary>The error of one posted field of a list; the posted list may be shorter than the form, so no model expression reads it.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// The one way a page answers a change: 404 when the thing is not the caller's to change, the form again with the errors next
    /// to its fields (bound under <paramref name="prefix"/>), or the confirmation and a redirect.
    /// </summary>
    public static async Task<IActionResult> AfterChangeAsync(this PageModel page, Result result, string confirmation, string redirectTo,
        Func<Task<IActionResult>> formAgain, string prefix = "")
    {
        if (result.IsNotFound)
        {
            return new NotFoundResult();
        }

        if (page.ModelState.AddErrors(result, prefix))
        {
            return await formAgain();
        }

        page.TempData["Confirmation"] = confirmation;
        return new RedirectResult(redirectTo);
    }
}
