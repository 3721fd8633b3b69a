using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace InterimExchange.BuildingBlocks.Email;

internal static class MimeMessages
{
    public static MimeMessage From(EmailRequested email, Guid id, EmailOptions options)
    {
        var domain = options.FromAddress[(options.FromAddress.LastIndexOf('@') + 1)..];
        var message = new MimeMessage { MessageId = $"{id:N}@{domain}" };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(email.ToName, email.To));
        message.Subject = email.Subject;
        var text = new TextPart("plain") { Text = email.TextBody };
        if (email.Attachments is not { Count: > 0 } attachments)
        {
            message.Body = text;
            return message;
        }

        var body = new BodyBuilder { TextBody = email.TextBody };
        foreach (var attachment in attachments)
        {
            // A calendar part carries its METHOD too, so that mail programs offer to add, update or remove the event.
            var type = ContentType.Parse(attachment.ContentType);
            body.Attachments.Add(attachment.FileName, System.Text.Encoding.UTF8.GetBytes(attachment.Content), type);
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}

/// <summary>Writes each email as an .eml file, so that the embedded default needs no mail server.</summary>
internal sealed class PickupFolderEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailRequested email, Guid id, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var message = MimeMessages.From(email, id, options.Value);
        var writing = Path.Combine(folder, $"{id:N}-{Guid.NewGuid():N}.tmp");

        // Written aside, then moved into place, so that a reader of the folder never sees half an email. The file is named by
        // the email's id (outbox ids rise with time, so names sort by when the email was asked for): one delivered again after a
        // restart replaces itself rather than arriving twice.
        await message.WriteToAsync(writing, cancellationToken);
        File.Move(writing, Path.Combine(folder, $"{id:N}.eml"), overwrite: true);
    }
}

internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailRequested email, Guid id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUsername))
        {
            await client.AuthenticateAsync(settings.SmtpUsername, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessages.From(email, id, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupFolderEmailSender>());
        return services;
    }
}
