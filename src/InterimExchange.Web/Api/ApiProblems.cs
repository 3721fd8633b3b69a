using Microsoft.AspNetCore.Http.HttpResults;

namespace InterimExchange.Web.Api;

/// <summary>How the API answers what a use case or a read found: RFC 9457 problem details for what went wrong.</summary>
internal static class ApiProblems
{
    /// <summary>A use case's <see cref="BuildingBlocks.Results.Result"/> as the API answers it: 204, 404, or 400 with each field's errors.</summary>
    public static IResult From(BuildingBlocks.Results.Result result, string notFound) =>
        result.IsNotFound ? NotYours("brief", notFound)
        : result.Succeeded ? TypedResults.NoContent()
        : TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key.Length == 0 ? "" : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value));

    /// <summary>What a read found, or 404 when it is not the caller's (or does not exist: the two are not told apart).</summary>
    public static IResult Found<T>(T? value, string what, string detail) => value is { } found ? TypedResults.Ok(found) : NotYours(what, detail);

    public static ProblemHttpResult NotYours(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: detail);
}
