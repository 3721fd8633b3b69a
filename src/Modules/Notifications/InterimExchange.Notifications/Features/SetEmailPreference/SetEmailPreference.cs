using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.SetEmailPreference;

/// <summary>Nothing to check beyond what the page refuses already: the preference is one of the two the page offers.</summary>
internal sealed class SetEmailPreferenceValidator : AbstractValidator<SetEmailPreferenceCommand>;

/// <summary>The caller chooses each notification by email at once, or one digest a day.</summary>
internal sealed class SetEmailPreferenceHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes) : ICommandHandler<SetEmailPreferenceCommand>
{
    public Task<Result> HandleAsync(SetEmailPreferenceCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async _ =>
        {
            var stored = await db.Preferences.FindAsync([command.By.UserId], cancellationToken);
            if (stored is null)
            {
                db.Preferences.Add(new Preference(command.By.UserId, command.Preference));
            }
            else
            {
                stored.Email = command.Preference;
            }

            return (object?)null;
        }, cancellationToken);
}
