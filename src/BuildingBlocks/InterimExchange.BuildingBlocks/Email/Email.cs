namespace InterimExchange.BuildingBlocks.Email;

/// <summary>
/// An email to send. Modules put it in their outbox, so that it leaves only when their change is saved
/// and is retried, not lost, while the mail server is down.
/// </summary>
public sealed record EmailRequested(string To, string ToName, string Subject, string TextBody, IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>A file sent with an email, such as a calendar invitation (<c>text/calendar</c>).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Content);

/// <summary>Sends one email: to the pickup folder by default, through SMTP when configured.</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends <paramref name="email"/>. <paramref name="id"/> is the same each time one email is delivered again (after a restart):
    /// the pickup folder keeps one file per id, and SMTP sends it as the Message-ID, by which mail programs show a repeat once.
    /// </summary>
    Task SendAsync(EmailRequested email, Guid id, CancellationToken cancellationToken);
}

public enum EmailDelivery
{
    PickupFolder,
    Smtp,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    public string PickupDirectory { get; set; } = "data/mail";

    public string FromAddress { get; set; } = "no-reply@interimexchange.example";

    public string FromName { get; set; } = "InterimExchange";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    public bool SmtpUseStartTls { get; set; }

    public string? SmtpUsername { get; set; }

    public string? SmtpPassword { get; set; }
}
