namespace InterimExchange.BuildingBlocks;

/// <summary>An address of another organisation's system that the app sends people or events to: a sign-in's return address, a webhook.</summary>
public static class CallbackAddress
{
    /// <summary>
    /// HTTPS, or plain HTTP only to the local machine (a desktop app, or a system under test); absolute, at most
    /// <paramref name="maxLength"/> characters, without credentials or a fragment.
    /// </summary>
    public static bool IsAllowed(string? value, int maxLength) =>
        value is not null && value.Trim().Length <= maxLength && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
