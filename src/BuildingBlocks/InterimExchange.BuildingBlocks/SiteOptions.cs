namespace InterimExchange.BuildingBlocks;

/// <summary>
/// The <c>Site</c> configuration section. Links in emails are built from <see cref="PublicUrl"/>,
/// never from a request's Host header, which a caller controls.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public Uri PublicUrl { get; set; } = new("http://localhost:5080/");

    public Uri Link(string relative) => new(PublicUrl, relative);
}
