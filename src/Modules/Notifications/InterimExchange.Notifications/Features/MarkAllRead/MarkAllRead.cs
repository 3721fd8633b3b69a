using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.MarkAllRead;

/// <summary>Nothing to check in the input: the command is the caller and nothing else.</summary>
internal sealed class MarkAllReadValidator : AbstractValidator<MarkAllReadCommand>;

/// <summary>
/// The caller marks all their notifications read: one bulk update, since it may touch hundreds of rows and marking read raises no
/// event (docs/adr/0011).
/// </summary>
internal sealed class MarkAllReadHandler(NotificationsDbContext db, TimeProvider clock) : ICommandHandler<MarkAllReadCommand>
{
    public async Task<Result> HandleAsync(MarkAllReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == command.By.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        return Result.Success;
    }
}
