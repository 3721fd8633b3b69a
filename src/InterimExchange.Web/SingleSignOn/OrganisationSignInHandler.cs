using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace InterimExchange.Web;

/// <summary>The OpenID Connect handler, with the options of the organisation the request is for.</summary>
internal sealed class OrganisationSignInHandler(OrganisationProviders options, ILoggerFactory logger, System.Text.Encodings.Web.HtmlEncoder html, System.Text.Encodings.Web.UrlEncoder url)
    : OpenIdConnectHandler(options, logger, html, url);
