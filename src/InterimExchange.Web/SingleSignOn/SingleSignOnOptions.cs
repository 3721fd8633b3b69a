namespace InterimExchange.Web;

/// <summary>The <c>SingleSignOn</c> configuration section.</summary>
internal sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";

    /// <summary>
    /// Whether the server may reach an organisation's provider on this machine or a private network. Off in production, so that
    /// an organisation's settings cannot send the server to what sits behind it; on in Development, for a provider on the same machine.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
