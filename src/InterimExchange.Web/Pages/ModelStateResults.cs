using InterimExchange.BuildingBlocks.Results;
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
}
