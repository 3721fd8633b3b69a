using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Web;

/// <summary>The data-protection keys at rest: protected by the configured certificate, when there is one.</summary>
internal static class KeyProtection
{
    public static IServiceCollection AddKeyProtection(this IServiceCollection services, SecurityOptions security)
    {
        if (string.IsNullOrWhiteSpace(security.KeyCertificatePath))
        {
            return services;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(security.KeyCertificatePath, security.KeyCertificatePassword);
        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }
}
