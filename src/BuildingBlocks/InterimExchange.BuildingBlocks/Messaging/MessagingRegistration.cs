using System.Reflection;
using InterimExchange.BuildingBlocks.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// One bus for the whole app, carrying every module's consumers. A consumer that keeps failing is retried
    /// a few times, then its message moves to the endpoint's <c>_error</c> queue, where it waits to be replayed.
    /// </summary>
    public static IServiceCollection AddMessaging(
        this IServiceCollection services, IConfiguration configuration, params Assembly[] consumerAssemblies)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var consumers = ConsumerTypes([typeof(MessagingRegistration).Assembly, .. consumerAssemblies]);
        services.AddSingleton(new InboxReceipts(consumers, untilHandled: options.Transport == MessageTransport.InMemory));
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, includeNamespace: false));
            bus.AddConsumers(consumers);

            if (options.Transport == MessageTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                    });
                    Configure(context, rabbit);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => Configure(context, memory));
            }
        });
        // Start-up waits for the consumers' queues to be bound: a message published before would reach no queue.
        services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        return services;
    }

    /// <summary>Consumers and their definitions, internal ones included: modules keep their consumers internal.</summary>
    private static Type[] ConsumerTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                && type.GetInterfaces().Any(i => i.IsGenericType
                    && (i.GetGenericTypeDefinition() == typeof(IConsumer<>) || i.GetGenericTypeDefinition() == typeof(IConsumerDefinition<>))))
            .ToArray();

    private static void Configure<T>(IBusRegistrationContext context, IBusFactoryConfigurator<T> bus)
        where T : IReceiveEndpointConfigurator
    {
        bus.UseMessageRetry(retry => retry.Intervals(
            TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
        bus.ConfigureEndpoints(context);
    }
}
