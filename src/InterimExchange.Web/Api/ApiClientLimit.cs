using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>Each integration may make <see cref="RateLimitOptions.PerClient"/> calls per window, whatever token it holds and for whomever.</summary>
internal static class ApiClientLimit
{
    public static IServiceCollection AddApiClientLimit(this IServiceCollection services) =>
        services.AddSingleton(sp => PerClientLimiter(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.PerClient));

    private static PartitionedRateLimiter<string> PerClientLimiter(RateLimitOptions.Limit limit) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        }));

    public static async ValueTask<object?> LimitPerClientAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The app the token was issued to, whether it acts as its organisation or for one of its people.
        var client = http.User.GetPresenters().FirstOrDefault() ?? http.User.FindFirst(OpenIddictConstants.Claims.Subject)?.Value ?? "";
        using var lease = http.RequestServices.GetRequiredService<PartitionedRateLimiter<string>>().AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This integration made more calls than its limit; try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.");
    }
}
