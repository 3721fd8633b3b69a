using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// Accounts changed in a way their sessions must see on their next request, not at the next check of the security stamp (a minute):
/// a person removed or signed out everywhere, or whose session was ended, is signed out at once; a person made or no longer an admin
/// gets the claims that say so.
/// Held by this instance: another instance sees the change at its next check of the stamp, when an ended session is checked too.
/// </summary>
internal sealed class ChangedAccounts(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> changedAt = new();

    private readonly TimeProvider clock = clock;

    public void Changed(Guid userId) => changedAt[userId] = clock.GetUtcNow();

    /// <summary>Runs before the cookie's own checks: a session issued before its account changed is checked against the account now.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var changes = services.GetRequiredService<ChangedAccounts>();
        if (context.Principal is not { } principal || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        // Checked when this instance saw the account change since the cookie was issued, and at the security stamp's own interval
        // (a session ended through another instance, or before a restart).
        var issued = context.Properties.IssuedUtc ?? DateTimeOffset.MinValue;
        var changedHere = changes.changedAt.TryGetValue(userId, out var at) && issued <= at;
        var due = issued + services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval < changes.clock.GetUtcNow();
        if (!changedHere && !due)
        {
            return;
        }

        var session = Sessions.Of(principal);
        if (!changedHere)
        {
            if (session is { } ended && await services.GetRequiredService<Sessions>().HasEndedAsync(ended, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            return;
        }

        var signIn = services.GetRequiredService<SignInManager<UserAccount>>();
        if (await signIn.ValidateSecurityStampAsync(principal) is not { } user
            || (session is { } id && await services.GetRequiredService<Sessions>().HasEndedAsync(id, context.HttpContext.RequestAborted)))
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
