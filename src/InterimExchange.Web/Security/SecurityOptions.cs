namespace InterimExchange.Web;

/// <summary>The <c>Security</c> configuration section: what an operator sets to put the app on the internet.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Addresses of the TLS proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public List<string> Proxies { get; set; } = [];

    /// <summary>A signed-in session ends this long after signing in, however active it is.</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a session is checked against its account, so that a reset or "sign out everywhere" reaches it.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted; forms are far smaller.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>A PFX certificate that protects the data-protection keys at rest (optional), and its password.</summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }
}
