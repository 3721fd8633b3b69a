using System.Diagnostics;

namespace InterimExchange.Testing;

/// <summary>A real SMTP server on loopback (aiosmtpd) that writes what it receives to a maildir.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private readonly Process server;

    private SmtpSink(Process server, int port, string mailbox)
    {
        this.server = server;
        Port = port;
        Mailbox = mailbox;
    }

    public int Port { get; }

    public string Mailbox { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        TestServices.Require(File.Exists(Python) && await HasAiosmtpdAsync(), "The SMTP sink (python3-aiosmtpd)");
        var port = TestServices.FreePort();
        var mailbox = Path.Combine(TestServices.TempFolder("smtp"), "maildir");
        var server = Process.Start(new ProcessStartInfo(Python, $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Mailbox {mailbox}"))!;
        await TestServices.Eventually(() => Task.FromResult(TestServices.IsListening(port)), TimeSpan.FromSeconds(20), "the SMTP sink to listen");
        return new SmtpSink(server, port, mailbox);
    }

    /// <summary>
    /// Waits for a received email whose headers and text contain every one of <paramref name="texts"/>; returns its headers
    /// and its decoded text.
    /// </summary>
    public async Task<string> EmailContainingAsync(params string[] texts)
    {
        string? found = null;
        var delivered = Path.Combine(Mailbox, "new");
        await TestServices.Eventually(async () =>
        {
            foreach (var file in Directory.Exists(delivered) ? Directory.EnumerateFiles(delivered) : [])
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                var email = string.Join("\n", message.Headers.Select(h => h.ToString())) + "\n" + message.TextBody;
                if (texts.All(email.Contains))
                {
                    found = email;
                    return true;
                }
            }

            return false;
        }, TimeSpan.FromSeconds(30), $"an email with '{string.Join("', '", texts)}' in the SMTP sink's mailbox");
        return found!;
    }

    /// <summary>Waits for a received email to <paramref name="to"/> whose subject contains <paramref name="subject"/>; returns it whole, attachments included.</summary>
    public async Task<MimeKit.MimeMessage> MessageAsync(string to, string subject)
    {
        MimeKit.MimeMessage? found = null;
        var delivered = Path.Combine(Mailbox, "new");
        await TestServices.Eventually(async () =>
        {
            foreach (var file in Directory.Exists(delivered) ? Directory.EnumerateFiles(delivered) : [])
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)) && message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
                {
                    found = message;
                    return true;
                }
            }

            return false;
        }, TimeSpan.FromSeconds(30), $"an email to {to} about '{subject}' in the SMTP sink's mailbox");
        return found!;
    }

    public ValueTask DisposeAsync()
    {
        server.Kill();
        server.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<bool> HasAiosmtpdAsync()
    {
        using var probe = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
        await probe.WaitForExitAsync();
        return probe.ExitCode == 0;
    }
}
