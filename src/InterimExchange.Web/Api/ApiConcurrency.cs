namespace InterimExchange.Web.Api;

/// <summary>Optimistic concurrency on the API: an edit names, by its ETag, the version it was made on.</summary>
internal static class ApiConcurrency
{
    /// <summary>
    /// An edit must name the version it was made on: null when <c>If-Match</c> holds the ETag of <paramref name="current"/> as it is
    /// read now, else 428 (none sent) or 412 (it changed since).
    /// </summary>
    public static IResult? Unchanged<T>(HttpContext http, T current, string what) =>
        http.Request.Headers.IfMatch.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Read the {what} first and send its ETag as If-Match, so that a change made since is not overwritten.")
            : http.Request.Headers.IfMatch.Contains(ApiAnswers.ETagOf(http, current)) ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"The {what} changed since you read it",
                detail: "Read it again, apply your change to what it is now, and send the new ETag.");
}
