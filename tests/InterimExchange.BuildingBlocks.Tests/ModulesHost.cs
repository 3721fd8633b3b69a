using InterimExchange.BuildingBlocks.Messaging;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>
/// A producing and a consuming module, each on its own SQLite file, joined by the app's real bus registration.
/// </summary>
internal sealed class ModulesHost : IAsyncDisposable
{
    private readonly IHost host;

    private ModulesHost(IHost host, string folder)
    {
        this.host = host;
        Folder = folder;
    }

    public string Folder { get; }

    public IServiceProvider Services => host.Services;

    public ConsumeCounter Consumed => host.Services.GetRequiredService<ConsumeCounter>();

    /// <summary>Starts both modules; with <paramref name="clock"/>, the app's time (outbox claims among it) is that fake clock's.</summary>
    public static async Task<ModulesHost> StartAsync(Dictionary<string, string?> settings, FakeTimeProvider? clock = null)
    {
        var folder = TestServices.TempFolder("modules");
        var builder = Host.CreateApplicationBuilder();
        settings["Outbox:PollInterval"] = "00:00:00.050";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(clock ?? TimeProvider.System);
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.Services.AddDbContext<ProducerDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "producer.db")}"));
        builder.Services.AddDbContext<ConsumerDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "consumer.db")}"));
        builder.Services.AddOutboxDispatcher<ProducerDbContext>();
        builder.Services.AddSingleton<ConsumeCounter>();
        builder.Services.AddConsumeObserver(sp => sp.GetRequiredService<ConsumeCounter>());
        builder.Services.AddMessaging(builder.Configuration, typeof(ModulesHost).Assembly);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProducerDbContext>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<ConsumerDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return new ModulesHost(host, folder);
    }

    /// <summary>The producing module's use case: a note and its message, saved together.</summary>
    public async Task<Guid> WriteNoteAsync(string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
        var note = new Note { Id = Guid.NewGuid(), Text = text };
        db.Notes.Add(note);
        db.AddToOutbox(new NoteWritten(note.Id, text), scope.ServiceProvider.GetRequiredService<TimeProvider>());
        await db.SaveChangesAsync();
        return note.Id;
    }

    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
