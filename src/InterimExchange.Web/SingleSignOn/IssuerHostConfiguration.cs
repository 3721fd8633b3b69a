using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace InterimExchange.Web;

/// <summary>The provider's configuration, used only when every endpoint it names is on the issuer's host.</summary>
internal sealed class IssuerHostConfiguration(IConfigurationManager<OpenIdConnectConfiguration> inner, Uri issuer) : IConfigurationManager<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = await inner.GetConfigurationAsync(cancel);
        foreach (var endpoint in new[] { configuration.AuthorizationEndpoint, configuration.TokenEndpoint, configuration.UserInfoEndpoint, configuration.JwksUri,
                     configuration.EndSessionEndpoint })
        {
            RequireOnIssuerHost(issuer, "names an endpoint at", endpoint);
        }

        return configuration;
    }

    public void RequestRefresh() => inner.RequestRefresh();

    /// <summary>Marks a configuration the server refuses to use: its message is the reason the organisation's admin needs.</summary>
    public const string Refused = "InterimExchange.ProviderRefused";

    public static void RequireOnIssuerHost(Uri issuer, string what, string? address)
    {
        if (!string.IsNullOrEmpty(address) && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == issuer.Scheme
                && string.Equals(uri.IdnHost, issuer.IdnHost, StringComparison.OrdinalIgnoreCase) && uri.Port == issuer.Port))
        {
            throw new InvalidOperationException($"its configuration {what} {address}, which is not on the issuer's host {issuer.Host}.") { Data = { [Refused] = true } };
        }
    }
}
