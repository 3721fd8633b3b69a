using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InterimExchange.Web.Pages;

/// <summary>
/// Binds a yes/no field. A checkbox posts "true" and its hidden "false"; anything else is refused next to the field, and the
/// form is shown again with the box as it was (MVC's own binder keeps the bad text, and the checkbox then fails to render).
/// </summary>
internal sealed class BooleanBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var first = posted.FirstValue;
        if (string.IsNullOrEmpty(first) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (bool.TryParse(first, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Choose yes or no.");
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}

internal sealed class BooleanBinderProvider : IModelBinderProvider
{
    private static readonly BooleanBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? Binder : null;
}
