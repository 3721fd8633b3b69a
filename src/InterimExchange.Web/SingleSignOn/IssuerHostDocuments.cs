using Microsoft.IdentityModel.Protocols;

namespace InterimExchange.Web;

/// <summary>Reads the provider's documents (its discovery document, its keys) only from the issuer's host.</summary>
internal sealed class IssuerHostDocuments(IDocumentRetriever inner, Uri issuer) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        IssuerHostConfiguration.RequireOnIssuerHost(issuer, "names its keys at", address);
        return inner.GetDocumentAsync(address, cancel);
    }
}
