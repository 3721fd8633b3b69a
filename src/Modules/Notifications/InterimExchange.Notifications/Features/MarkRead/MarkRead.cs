using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.MarkRead;

/// <summary>Nothing to check in the input: the command names one notification, and one that is not the caller's is not found.</summary>
internal sealed class MarkReadValidator : AbstractValidator<MarkReadCommand>;

/// <summary>The caller marks one of their notifications read.</summary>
internal sealed class MarkReadHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes) : ICommandHandler<MarkReadCommand>
{
    public Task<Result> HandleAsync(MarkReadCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.UserId == command.By.UserId, c), (notification, now) =>
        {
            notification.MarkRead(now);
            return (object?)null;
        }, cancellationToken);
}
