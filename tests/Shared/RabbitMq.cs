using System.Diagnostics;

namespace InterimExchange.Testing;

/// <summary>The real RabbitMQ on loopback, as ./test.sh starts it: a virtual host per test, and stopping and starting the broker.</summary>
internal static class RabbitMq
{
    private static readonly string LockFile = Path.Combine(Path.GetTempPath(), "interimexchange-rabbitmq.lock");

    /// <summary>
    /// A fresh virtual host, deleted when disposed, so that no queue outlives its test. It also holds a lock shared by
    /// every test process: test assemblies run in parallel, and one test stopping the broker must not fail another's.
    /// </summary>
    public static async Task<VirtualHost> VirtualHostAsync()
    {
        TestServices.Require(TestServices.IsListening(5672), "RabbitMQ on 127.0.0.1:5672");
        var held = await LockAsync();
        var name = $"interimexchange-test-{Guid.NewGuid():N}";
        await CtlAsync($"add_vhost {name}");
        await CtlAsync($"set_permissions -p {name} guest .* .* .*");
        return new VirtualHost(name, held);
    }

    private static async Task<FileStream> LockAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public static async Task CtlAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", command) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {command}: {await process.StandardError.ReadToEndAsync()}");
        if (command == "start_app")
        {
            await TestServices.Eventually(() => Task.FromResult(TestServices.IsListening(5672)), TimeSpan.FromSeconds(60), "RabbitMQ to listen again");
        }
    }

    public sealed class VirtualHost(string name, FileStream held) : IAsyncDisposable
    {
        public string Name { get; } = name;

        public Dictionary<string, string?> Settings => new()
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:Host"] = "127.0.0.1",
            ["Messaging:VirtualHost"] = Name,
        };

        public async ValueTask DisposeAsync()
        {
            try
            {
                await CtlAsync($"delete_vhost {Name}");
            }
            finally
            {
                await held.DisposeAsync();
            }
        }
    }
}
