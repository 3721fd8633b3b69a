using System.Net;
using System.Net.Sockets;

namespace InterimExchange.BuildingBlocks;

/// <summary>
/// Connections the server makes on behalf of another organisation's settings (a webhook receiver, an organisation's sign-in
/// provider): unless private addresses are allowed, refused when the name resolves to this machine or a private network, checked on
/// the address actually connected to, so a name cannot be re-pointed after it was checked.
/// </summary>
public static class PublicNetwork
{
    /// <summary>A handler that connects only to public addresses (or any, when <paramref name="allowPrivate"/> says so), without redirects.</summary>
    public static SocketsHttpHandler Handler(Func<bool> allowPrivate, string refusal) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivate() || !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException($"{context.DnsEndPoint.Host} {refusal}");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Whether an address is this machine, a private or reserved network, where the server must not be sent.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal
            || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork && (bytes[0] == 10 || bytes[0] == 0 || (bytes[0] == 172 && bytes[1] >= 16 && bytes[1] <= 31)
            || (bytes[0] == 192 && bytes[1] == 168) || (bytes[0] == 169 && bytes[1] == 254) || (bytes[0] == 100 && bytes[1] >= 64 && bytes[1] <= 127));
    }
}
