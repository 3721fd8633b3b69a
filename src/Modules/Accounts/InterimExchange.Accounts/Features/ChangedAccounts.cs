using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// Accounts changed in a way their sessions must see on their next request, not at the next check of the security stamp (a minute):
/// a person removed or signed out everywhere, or whose session was ended, is signed out at once; a person made or no longer an admin
/// gets the claims that say so.
/// Held by this instance: another instance sees the change at its next check of the stamp.
/// </summary>
internal sealed class ChangedAccounts(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> changedAt = new();

    public void Changed(Guid userId) => changedAt[userId] = clock.GetUtcNow();

    /// <summary>Runs before the cookie's own checks: a session issued before its account changed is checked against the account now.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var changes = context.HttpContext.RequestServices.GetRequiredService<ChangedAccounts>();
        if (context.Principal is not { } principal
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !changes.changedAt.TryGetValue(userId, out var at)
            || context.Properties.IssuedUtc is { } issued && issued > at)
        {
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<UserAccount>>();
        var session = Sessions.Of(principal);
        if (await signIn.ValidateSecurityStampAsync(principal) is not { } user
            || (session is { } id && await context.HttpContext.RequestServices.GetRequiredService<Sessions>().HasEndedAsync(id, context.HttpContext.RequestAborted)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var renewed = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)renewed.Identity!;
        if (principal.FindFirst(ClaimTypes.AuthenticationMethod) is { } method)
        {
            identity.AddClaim(new Claim(method.Type, method.Value));
        }

        Sessions.Carry(session, identity);

        context.ReplacePrincipal(renewed);
        context.ShouldRenew = true;
    }
}
