using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using InterimExchange.BuildingBlocks.Results;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.UseCases;

/// <summary>
/// A change someone asks of the module whose entry is <typeparamref name="TModule"/>: a record in the module's contracts,
/// named for what the person asked (<c>ExcludeFirmCommand</c>), its first member the <see cref="Caller"/> when a person asks.
/// It has one validator and one handler, in the module's <c>Features/&lt;UseCase&gt;/</c>.
/// </summary>
public interface ICommand<TModule>;

/// <summary>A read someone asks of the module whose entry is <typeparamref name="TModule"/>, answered with <typeparamref name="TView"/>.</summary>
public interface IQuery<TModule, TView>;

/// <summary>Applies one command: loads within the caller's tenancy, lets the entity apply it, and saves once through <c>Changes</c>.</summary>
public interface ICommandHandler<in TCommand>
{
    Task<Result> HandleAsync(TCommand command, CancellationToken cancellationToken);
}

/// <summary>Answers one query, projecting straight to its view.</summary>
public interface IQueryHandler<in TQuery, TView>
{
    Task<TView> HandleAsync(TQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// A module's one entry, used by pages, the API and consumers alike. A module's contracts declare it
/// (<c>public interface IRouting : IModuleEntry&lt;IRouting&gt;;</c>) and only that module's commands and queries can be sent to it.
/// </summary>
public interface IModuleEntry<TModule>
{
    /// <summary>Validates the command's input (errors next to their fields, nothing changed), then applies it: the one way to change a module.</summary>
    Task<Result> SendAsync<TCommand>(TCommand command, CancellationToken cancellationToken)
        where TCommand : ICommand<TModule>;

    /// <summary>Answers the query.</summary>
    Task<TView> AskAsync<TView>(IQuery<TModule, TView> query, CancellationToken cancellationToken);
}

/// <summary>
/// The runner behind every module's entry: validate → change → <see cref="Result"/>, and query → view. A module's entry is
/// one line: <c>internal sealed class RoutingEntry(IServiceProvider services) : ModuleEntry&lt;IRouting&gt;(services), IRouting;</c>
/// </summary>
public abstract class ModuleEntry<TModule>(IServiceProvider services) : IModuleEntry<TModule>
{
    public async Task<Result> SendAsync<TCommand>(TCommand command, CancellationToken cancellationToken)
        where TCommand : ICommand<TModule>
    {
        var validator = services.GetService<IValidator<TCommand>>()
            ?? throw new InvalidOperationException($"{typeof(TCommand).Name} has no validator: every change has one, even an empty one that says why.");
        var validation = await validator.ValidateAsync(command, cancellationToken);
        return validation.IsValid
            ? await services.GetRequiredService<ICommandHandler<TCommand>>().HandleAsync(command, cancellationToken)
            : Result.From(validation);
    }

    public Task<TView> AskAsync<TView>(IQuery<TModule, TView> query, CancellationToken cancellationToken) =>
        Queries<TView>.Run(query.GetType())(services, query, cancellationToken);

    /// <summary>The handler of each kind of query answering <typeparamref name="TView"/>, found once per query type.</summary>
    private static class Queries<TView>
    {
        private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IQuery<TModule, TView>, CancellationToken, Task<TView>>> Runners = new();

        private static readonly MethodInfo Ask = typeof(Queries<TView>).GetMethod(nameof(AskTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

        public static Func<IServiceProvider, IQuery<TModule, TView>, CancellationToken, Task<TView>> Run(Type queryType) =>
            Runners.GetOrAdd(queryType, type => Ask.MakeGenericMethod(type)
                .CreateDelegate<Func<IServiceProvider, IQuery<TModule, TView>, CancellationToken, Task<TView>>>());

        private static Task<TView> AskTyped<TQuery>(IServiceProvider services, IQuery<TModule, TView> query, CancellationToken cancellationToken) =>
            services.GetRequiredService<IQueryHandler<TQuery, TView>>().HandleAsync((TQuery)query, cancellationToken);
    }
}
