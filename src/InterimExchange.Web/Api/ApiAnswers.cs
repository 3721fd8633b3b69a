using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>
/// What the API does around every answer: a POST with an <c>Idempotency-Key</c> is answered once and its answer repeated for the
/// same key for 24 hours, to the same caller only (the app, and the person it acts for); a read carries an <c>ETag</c>, and a read
/// whose <c>If-None-Match</c> still holds is answered 304. A kept answer is encrypted: some carry a secret shown once (a webhook's).
/// </summary>
internal static class ApiAnswers
{
    public const string IdempotencyKey = "Idempotency-Key";
    public const string Replayed = "Idempotent-Replayed";
    private const int MaxKeyLength = 100;

    public static WebApplication UseApiAnswers(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/v1"), api => api.Use(AnswerAsync));
        return app;
    }

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var caller = CallerOf(context.User);
        string? key = HttpMethods.IsPost(request.Method) && caller is not null && request.Headers.TryGetValue(IdempotencyKey, out var header) ? header.ToString() : null;
        if (key is not null)
        {
            if (key.Length is 0 or > MaxKeyLength)
            {
                await Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [IdempotencyKey] = [$"Send a key of 1 to {MaxKeyLength} characters, new for each operation (a UUID, say)."],
                }).ExecuteAsync(context);
                return;
            }

            var accounts = context.RequestServices.GetRequiredService<IAccounts>();
            var path = request.Path + request.QueryString;
            if (!(await accounts.SendAsync(new ReserveAnswerCommand(caller!, key, request.Method, path), context.RequestAborted)).Succeeded)
            {
                // Held: the answer kept, or a request with the key still running (one whose row went meanwhile is taken as running).
                await ReplayAsync(context, await accounts.AskAsync(new RememberedAnswerQuery(caller!, key), context.RequestAborted)
                    ?? new RememberedAnswer(request.Method, path, 0, null, []));
                return;
            }

            try
            {
                await AnswerOnceAsync(context, next, accounts, caller!, key);
            }
            catch
            {
                await accounts.SendAsync(new ForgetAnswerCommand(caller!, key), CancellationToken.None);
                throw;
            }

            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }

        var body = await HeldAsync(context, next);
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = ETagOf(body);
            response.Headers.ETag = etag;
            if (request.Headers.IfNoneMatch.Any(value => value == etag || value == "*"))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = 0;
                return;
            }
        }

        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Runs the request that reserved its key, keeps its answer (encrypted) or frees the key, and sends the answer.</summary>
    private static async Task AnswerOnceAsync(HttpContext context, RequestDelegate next, IAccounts accounts, string caller, string key)
    {
        var body = await HeldAsync(context, next);
        var response = context.Response;
        var request = context.Request;
        if (Keeps(response.StatusCode))
        {
            await accounts.SendAsync(new RememberAnswerCommand(caller, key, new RememberedAnswer(request.Method, request.Path + request.QueryString, response.StatusCode,
                response.ContentType, Protector(context).Protect(body))), CancellationToken.None);
        }
        else
        {
            await accounts.SendAsync(new ForgetAnswerCommand(caller, key), CancellationToken.None);
        }

        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Runs the rest of the pipeline with its answer held back, and returns what it wrote: the caller sends it, or not.</summary>
    private static async Task<byte[]> HeldAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whose key it is: the app the token was issued to and, when it acts for a person, that person. Two apps of one person, or
    /// one app for two people, never share a key.
    /// </summary>
    private static string? CallerOf(System.Security.Claims.ClaimsPrincipal token)
    {
        var subject = token.FindFirst(OpenIddictConstants.Claims.Subject)?.Value;
        var client = token.GetPresenters().FirstOrDefault() ?? subject;
        return subject is null ? null : client == subject ? subject : $"{client}:{subject}";
    }

    private static IDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("InterimExchange.Api.IdempotentAnswers");

    /// <summary>The ETag of a read: a hash of its body.</summary>
    public static string ETagOf(byte[] body) => $"\"{System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16))}\"";

    /// <summary>The ETag a read of <paramref name="value"/> carries: its body as the API writes it, hashed.</summary>
    public static string ETagOf<T>(HttpContext context, T value) => ETagOf(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value,
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions));

    /// <summary>The answers of the operation itself are kept; a refusal before it ran (no token, no scope, too many calls, a fault) is not.</summary>
    private static bool Keeps(int status) =>
        status < 500 && status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests);

    private static async Task ReplayAsync(HttpContext context, RememberedAnswer remembered)
    {
        if (remembered.Method != context.Request.Method || remembered.Path != context.Request.Path + context.Request.QueryString)
        {
            await Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused",
                detail: $"This key was used for {remembered.Method} {remembered.Path} in the last 24 hours: send a new key for a new operation.").ExecuteAsync(context);
            return;
        }

        if (remembered.Running)
        {
            context.Response.Headers.RetryAfter = "1";
            await Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this Idempotency-Key is running",
                detail: "Another request with this key has not been answered yet: send this one again in a moment to receive its answer.").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = remembered.StatusCode;
        context.Response.ContentType = remembered.ContentType;
        context.Response.Headers[Replayed] = "true";
        await context.Response.Body.WriteAsync(Protector(context).Unprotect(remembered.Body), context.RequestAborted);
    }
}
