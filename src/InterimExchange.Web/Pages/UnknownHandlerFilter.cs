using Microsoft.AspNetCore.Mvc.Filters;

namespace InterimExchange.Web.Pages;

/// <summary>
/// A post that names no handler the page has (a tampered or stale form) is refused with a 400, instead of rendering a page
/// whose handler never ran.
/// </summary>
internal sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
