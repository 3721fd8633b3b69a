using System.Net.Sockets;

namespace InterimExchange.Testing;

/// <summary>
/// The real services some tests need (RabbitMQ, the SMTP sink, Chromium). When the test command asked for them
/// (INTERIMEXCHANGE_REQUIRE_SERVICES=true, or CI=true), a missing one fails the test; otherwise it is skipped, saying why.
/// </summary>
internal static class TestServices
{
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("INTERIMEXCHANGE_REQUIRE_SERVICES"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail($"{what} is required for this run but is not available. Run ./test.sh, which installs and starts it.");
        }

        Assert.Skip($"{what} is not available; ./test.sh installs and starts it.");
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(1)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A fresh folder for one test's database files or emails.</summary>
    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "interimexchange-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
