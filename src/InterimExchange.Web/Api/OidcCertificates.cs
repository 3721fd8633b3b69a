using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InterimExchange.Web.Api;

/// <summary>The <c>Oidc</c> configuration section: the certificates that sign and encrypt the tokens the app issues.</summary>
internal sealed class OidcOptions
{
    public const string Section = "Oidc";

    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }
}

/// <summary>The certificates that sign and encrypt the tokens the server issues.</summary>
internal static class OidcCertificates
{
    /// <summary>
    /// The configured certificate; in Development, one generated on first start and kept beside the data-protection keys,
    /// so tokens stay valid across restarts. Outside Development a certificate must be configured.
    /// </summary>
    public static X509Certificate2 Load(string? path, string? password, bool development, string keys, string name, X509KeyUsageFlags usage)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }

        if (!development)
        {
            throw new InvalidOperationException(
                $"Set {OidcOptions.Section}:{(name == "oidc-signing" ? "SigningCertificatePath" : "EncryptionCertificatePath")} (a PFX file) and its password: " +
                "the API's tokens are signed and encrypted with certificates given by configuration outside Development.");
        }

        var file = Path.Combine(keys, name + ".pfx");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(keys);
            using var key = RSA.Create(2048);
            var request = new CertificateRequest($"CN=InterimExchange {name} (Development)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
            // Valid from a year back: OpenIddict checks it against the app's clock, which a test may have set in the past.
            using var generated = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(5));
            File.WriteAllBytes(file, generated.Export(X509ContentType.Pfx));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, null);
    }
}
