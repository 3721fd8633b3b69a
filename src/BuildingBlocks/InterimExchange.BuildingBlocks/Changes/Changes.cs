using System.Collections;
using FluentValidation;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Changes;

/// <summary>
/// The one way a module changes its data: load what the change is about (nothing found is a 404), let the entity apply it
/// and enforce its rules, put the events it returns in the outbox, and save once. A broken rule comes back as the
/// <see cref="Result"/>'s error and nothing of the change is kept.
/// </summary>
public sealed class Changes<TContext>(TContext db, TimeProvider clock)
    where TContext : DbContext, IHasOutbox
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Applies <paramref name="change"/> to what <paramref name="load"/> finds. The change returns its integration event,
    /// a sequence of them, null, or <see cref="Created"/> when it made something new.
    /// </summary>
    public async Task<Result> ApplyAsync<TEntity>(Func<CancellationToken, Task<TEntity?>> load, Func<TEntity, DateTime, Task<object?>> change,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        if (await load(cancellationToken) is not { } entity)
        {
            return Result.NotFound();
        }

        object? produced;
        try
        {
            produced = await change(entity, Now);
        }
        catch (BusinessRuleException rule)
        {
            // Whatever the change did before the rule stopped it is forgotten, so that no later save in this scope keeps half of it.
            db.ChangeTracker.Clear();
            return new Result(rule.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var created = (produced as Created)?.Id;
        foreach (var integrationEvent in Events(produced))
        {
            db.AddToOutbox(integrationEvent, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return created is { } id ? Result.Created(id) : Result.Success;
    }

    /// <inheritdoc cref="ApplyAsync{TEntity}(Func{CancellationToken, Task{TEntity}}, Func{TEntity, DateTime, Task{object}}, CancellationToken)"/>
    public Task<Result> ApplyAsync<TEntity>(Func<CancellationToken, Task<TEntity?>> load, Func<TEntity, DateTime, object?> change,
        CancellationToken cancellationToken)
        where TEntity : class =>
        ApplyAsync(load, (entity, now) => Task.FromResult(change(entity, now)), cancellationToken);

    /// <summary>Applies a change that loads nothing first (adding something new, say), with the same rules and the one save.</summary>
    public Task<Result> ApplyAsync(Func<DateTime, Task<object?>> change, CancellationToken cancellationToken) =>
        ApplyAsync(_ => Task.FromResult<object?>(db), (_, now) => change(now), cancellationToken);

    /// <inheritdoc cref="ApplyAsync(Func{DateTime, Task{object}}, CancellationToken)"/>
    public Task<Result> ApplyAsync(Func<DateTime, object?> change, CancellationToken cancellationToken) =>
        ApplyAsync(now => Task.FromResult(change(now)), cancellationToken);

    private static IEnumerable<object> Events(object? produced) => produced switch
    {
        null => [],
        Created created => created.Events,
        IEnumerable many and not string => many.Cast<object>(),
        _ => [produced],
    };
}

/// <summary>What a change returns when it made something new: its id (the <see cref="Result"/>'s) and its events.</summary>
public sealed record Created(Guid Id, params IReadOnlyList<object> Events);

public static class InputValidation
{
    /// <summary>
    /// The first step of every change: the shape of the input (required, lengths, counts), by the command's one validator.
    /// Null when the input is fine, else the errors next to their fields: <c>await validator.RefusalAsync(input) ?? await changes.ApplyAsync(...)</c>.
    /// </summary>
    public static async Task<Result?> RefusalAsync<T>(this IValidator<T> validator, T input, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        return validation.IsValid ? null : Result.From(validation);
    }

    /// <summary>The same, with some of the validator's rule sets only (one step of a form saved on its own).</summary>
    public static async Task<Result?> RefusalAsync<T>(this IValidator<T> validator, T input,
        Action<FluentValidation.Internal.ValidationStrategy<T>> options, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(input, options, cancellationToken);
        return validation.IsValid ? null : Result.From(validation);
    }
}
