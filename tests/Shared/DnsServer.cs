using System.Diagnostics;

namespace InterimExchange.Testing;

/// <summary>
/// A real DNS server on loopback (Debian's dnsmasq) that answers only for the TXT records a test gives it, on a port of its
/// own. <see cref="ServeAsync"/> restarts it with other records on the same port, as a DNS provider publishing a change.
/// </summary>
public sealed class DnsServer : IAsyncDisposable
{
    private const string Dnsmasq = "/usr/sbin/dnsmasq";

    private Process? server;

    /// <summary>Where the app reads DNS (<c>SingleSignOn:DnsServer</c>); nothing listens there until <see cref="ServeAsync"/>.</summary>
    public string Address { get; } = $"127.0.0.1:{TestServices.FreePort()}";

    /// <summary>Answers with these TXT records from now on (and no others: every other name does not exist).</summary>
    public async Task ServeAsync(params (string Name, string Text)[] records)
    {
        TestServices.Require(File.Exists(Dnsmasq), "The DNS server (dnsmasq, of the Debian package dnsmasq-base)");
        Stop();
        var port = int.Parse(Address[(Address.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(Dnsmasq) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--no-poll", "--bind-interfaces", "--listen-address=127.0.0.1",
            $"--port={port}", "--pid-file=", "--user=root", "--local=/#/",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, text) in records)
        {
            start.ArgumentList.Add($"--txt-record={name},{text}");
        }

        server = Process.Start(start)!;
        await TestServices.Eventually(() => Task.FromResult(server.HasExited ? throw new InvalidOperationException($"dnsmasq stopped: {server.StandardError.ReadToEnd()}") : TestServices.IsListening(port)),
            TimeSpan.FromSeconds(20), "dnsmasq to listen");
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            server.WaitForExit();
        }

        server?.Dispose();
        server = null;
    }
}
