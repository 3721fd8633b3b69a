using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>The <c>RateLimits</c> configuration section: how often one address, and one email address, may use the account pages.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public Limit PerAddress { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public Limit PerEmail { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Calls one integration may make to the API.</summary>
    public Limit PerClient { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public sealed class Limit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }
}

/// <summary>
/// Pages that a stranger can reach and guess at (sign-in, password reset, invitation and briefing links, the firm
/// application): limited per client address and per email address.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ThrottledAttribute : Attribute;

/// <summary>The abuse limits of the throttled pages: per client address, and per email address when the form carries one.</summary>
internal static class RateLimits
{
    private const string EmailItem = "InterimExchange.ThrottledEmail";

    /// <summary>The wait a refused request was told, for the 429 page.</summary>
    public const string RetryAfterItem = "InterimExchange.RetryAfter";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Items[RetryAfterItem] = retryAfter;
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned("address", context => context.Connection.RemoteIpAddress?.ToString() ?? "unknown", limits => limits.PerAddress),
                Partitioned("email", context => context.Items[EmailItem] as string, limits => limits.PerEmail));
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(
        string kind, Func<HttpContext, string?> key, Func<RateLimitOptions, RateLimitOptions.Limit> window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var partition = context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>() is null ? null : key(context);
            if (partition is null)
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limits = window(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{context.GetEndpoint()!.DisplayName}:{partition}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });

    /// <summary>After routing: the throttled pages are counted per address, and per email address when the form carries one.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>() is not null && HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                var email = form.FirstOrDefault(field => field.Key.EndsWith("Email", StringComparison.OrdinalIgnoreCase)).Value.ToString();
                if (!string.IsNullOrWhiteSpace(email))
                {
                    context.Items[EmailItem] = email.Trim().ToUpperInvariant();
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }
}
