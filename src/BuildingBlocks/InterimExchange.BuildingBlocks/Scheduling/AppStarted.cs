using Microsoft.Extensions.Hosting;

namespace InterimExchange.BuildingBlocks.Scheduling;

public static class AppStarted
{
    /// <summary>
    /// Completes once the app has started: the server answers and the bus has bound every consumer's queue. Background work waits
    /// for it so that start-up does not queue behind it, and no message is published to an exchange no queue is bound to yet.
    /// </summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(cancellationToken);
        }
    }
}
