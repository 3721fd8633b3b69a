using System.Net;
using System.Net.Sockets;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>
/// The guard on the server's connections for another organisation's settings (webhooks, sign-in providers): every reserved network,
/// at both of its ends, is refused, the public addresses beside them are not, and the spellings of an address that reach this
/// machine (decimal, octal, IPv4-mapped IPv6, NAT64) are refused on a real connection.
/// </summary>
public sealed class PublicNetworkTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> EveryReservedNetwork => [.. PublicNetwork.ReservedNetworks];

    [Theory]
    [MemberData(nameof(EveryReservedNetwork))]
    public void The_first_and_the_last_address_of_every_reserved_network_are_refused(string network)
    {
        var (first, last) = Ends(IPNetwork.Parse(network));
        PublicNetwork.IsPrivate(first).ShouldBeTrue(first.ToString());
        PublicNetwork.IsPrivate(last).ShouldBeTrue(last.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // a cloud's metadata address
    [InlineData("100.100.100.200")]
    [InlineData("192.0.0.170")] // NAT64 discovery
    [InlineData("198.19.0.1")] // benchmarking
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::127.0.0.1")] // IPv4-compatible
    [InlineData("::ffff:127.0.0.1")] // IPv4-mapped
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::7f00:1")] // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::101:101")] // NAT64 of a public address: the translator may reach anything behind it
    [InlineData("64:ff9b:1::1")] // NAT64's local-use prefix
    [InlineData("2002:7f00:1::1")] // 6to4 of 127.0.0.1
    [InlineData("fd00::2")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    public void An_address_on_this_machine_or_a_private_or_reserved_network_is_refused(string address) =>
        PublicNetwork.IsPrivate(IPAddress.Parse(address)).ShouldBeTrue();

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")] // beside 10.0.0.0/8
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")] // beside 100.64.0.0/10
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.0.1.0")] // beside 192.0.0.0/24
    [InlineData("192.167.255.255")]
    [InlineData("198.17.255.255")] // beside 198.18.0.0/15
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")] // below multicast and 240.0.0.0/4
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:1.1.1.1")]
    [InlineData("2002:101:101::1")] // 6to4 of 1.1.1.1
    public void A_public_address_is_allowed(string address) => PublicNetwork.IsPrivate(IPAddress.Parse(address)).ShouldBeFalse();

    [Theory]
    [InlineData("2130706433")] // 127.0.0.1 as one decimal number
    [InlineData("0177.0.0.1")] // octal
    [InlineData("0x7f.1")] // hexadecimal, two parts
    [InlineData("127.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::ffff:7f00:1]")]
    [InlineData("[64:ff9b::127.0.0.1]")] // NAT64
    [InlineData("[::1]")]
    [InlineData("localhost")]
    public async Task A_connection_to_this_machine_however_its_address_is_written_is_refused(string host)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new HttpClient(PublicNetwork.Handler(() => false, "is refused."));
        var refused = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync($"http://{host}:{port}/", Cancel));
        refused.Message.ShouldContain("is refused.");
        listener.Pending().ShouldBeFalse("nothing connected to this machine");
    }

    [Theory]
    [InlineData("2130706433")]
    [InlineData("0177.0.0.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    public async Task The_same_spellings_reach_this_machine_when_private_addresses_are_allowed(string host)
    {
        // The refusals above are the guard's, not a spelling that leads nowhere.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new HttpClient(PublicNetwork.Handler(() => true, "is refused.")) { Timeout = TimeSpan.FromSeconds(2) };
        var sending = client.GetAsync($"http://{host}:{port}/", Cancel);
        using var accepted = await listener.AcceptTcpClientAsync(Cancel).AsTask().WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        accepted.Connected.ShouldBeTrue();
        accepted.Close();
        await Should.ThrowAsync<Exception>(() => sending);
    }

    [Fact]
    public void Connections_never_go_through_a_proxy_which_would_reach_the_name_past_the_guard() =>
        PublicNetwork.Handler(() => false, "is refused.").UseProxy.ShouldBeFalse();

    private static (IPAddress First, IPAddress Last) Ends(IPNetwork network)
    {
        var first = network.BaseAddress.GetAddressBytes();
        var last = (byte[])first.Clone();
        for (var bit = network.PrefixLength; bit < last.Length * 8; bit++)
        {
            last[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return (new IPAddress(first), new IPAddress(last));
    }
}
