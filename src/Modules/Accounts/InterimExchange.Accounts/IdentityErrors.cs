using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts;

internal static class IdentityErrors
{
    public static Result ToResult(IdentityResult result, string field) =>
        new(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
}
