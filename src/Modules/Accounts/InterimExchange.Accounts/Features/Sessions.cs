using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// Each signed-in browser is a session row, named in its cookie by <see cref="AccountClaims.SessionId"/>: begun as the cookie is
/// issued (a renewal of the same browser keeps its session), ended as it signs out, and checked whenever its account changed.
/// </summary>
internal sealed class Sessions(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    TimeProvider clock,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens)
{
    /// <summary>How long an ended or forgotten session is kept: longer than any cookie lives.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public static Guid? Of(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(AccountClaims.SessionId), out var id) ? id : null;

    /// <summary>Puts the session on the principal being signed in: the browser's current one when it is the same person's, else a new one.</summary>
    public static async Task BeginAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || !Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            return;
        }

        var current = context.HttpContext.User;
        var sessionId = current.FindFirstValue(ClaimTypes.NameIdentifier) == userId.ToString() ? Of(current) : null;
        if (sessionId is null)
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
            sessionId = await sessions.StartAsync(userId, context.HttpContext.Request.Headers.UserAgent.ToString(), context.HttpContext.RequestAborted);
        }

        Carry(sessionId, identity);
    }

    /// <summary>The session travels to every principal the cookie is renewed with.</summary>
    public static void Carry(Guid? sessionId, ClaimsIdentity to)
    {
        if (sessionId is { } id && to.FindFirst(AccountClaims.SessionId) is null)
        {
            to.AddClaim(new Claim(AccountClaims.SessionId, id.ToString()));
        }
    }

    public static Task EndAsync(HttpContext http) => Of(http.User) is { } id
        ? http.RequestServices.GetRequiredService<Sessions>().EndAsync([id], http.RequestAborted)
        : Task.CompletedTask;

    public async Task<Guid> StartAsync(Guid userId, string? device, CancellationToken cancellationToken) =>
        (await changes.ApplyAsync(now =>
        {
            var session = new UserSession(userId, device, now);
            db.Sessions.Add(session);
            return new Created(session.Id);
        }, cancellationToken)).Id!.Value;

    public async Task EndAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        await db.Sessions.Where(s => sessionIds.Contains(s.Id) && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>
    /// Ends every session of the person: each browser's but <paramref name="except"/> (the browser that asked, after a change of
    /// password), and every app's: their agreements and every token issued under them, so an app must be agreed to again. Called
    /// wherever the person's security stamp changes (a password reset or change, sign out everywhere, removal).
    /// </summary>
    public async Task EndAllAsync(Guid userId, Guid? except, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);

        var open = db.Sessions.Where(s => s.UserId == userId && s.EndedAtUtc == null);
        if (except is { } kept)
        {
            open = open.Where(s => s.Id != kept);
        }

        await open.ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public Task<bool> HasEndedAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.AnyAsync(s => s.Id == sessionId && s.EndedAtUtc != null, cancellationToken);

    public async Task<IReadOnlyList<SessionView>> OfAsync(Guid userId, DateTime signedInAfterUtc, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAtUtc == null && s.SignedInAtUtc > signedInAfterUtc)
            .OrderByDescending(s => s.SignedInAtUtc)
            .Take(50)
            .Select(s => new SessionView(s.Id, s.Device, s.SignedInAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - KeptFor;
        return await db.Sessions.Where(s => s.SignedInAtUtc < before).ExecuteDeleteAsync(cancellationToken);
    }
}
