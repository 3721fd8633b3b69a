using System.Net;
using System.Net.Sockets;

namespace InterimExchange.BuildingBlocks;

/// <summary>
/// Connections the server makes on behalf of another organisation's settings (a webhook receiver, an organisation's sign-in
/// provider): unless private addresses are allowed, refused when the name resolves to this machine, a private or a reserved network,
/// checked on the address actually connected to, so a name cannot be re-pointed after it was checked. Never through a proxy: a proxy
/// would connect to the name itself, past this check.
/// </summary>
public static class PublicNetwork
{
    /// <summary>
    /// The networks the server is never sent to: this machine, private and shared networks, link-local (a cloud's metadata address),
    /// benchmarking, IETF protocol assignments, multicast and the reserved rest, and NAT64's prefixes (a translator may reach
    /// anything behind it). An IPv4 address written inside an IPv6 one (IPv4-mapped, 6to4) is judged as the IPv4 address it reaches.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedNetworks =
    [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
        "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
        "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    ];

    private static readonly IPNetwork[] Reserved = [.. ReservedNetworks.Select(IPNetwork.Parse)];

    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>A handler that connects only to public addresses (or any, when <paramref name="allowPrivate"/> says so), without redirects or a proxy.</summary>
    public static SocketsHttpHandler Handler(Func<bool> allowPrivate, string refusal) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
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
        if (Embedded(address) is { } ipv4)
        {
            address = ipv4;
        }

        return Reserved.Any(network => network.Contains(address));
    }

    /// <summary>The IPv4 address an IPv6 address reaches through IPv4 (IPv4-mapped, 6to4), or null.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        return SixToFour.Contains(address) ? new IPAddress(address.GetAddressBytes()[2..6]) : null;
    }
}
