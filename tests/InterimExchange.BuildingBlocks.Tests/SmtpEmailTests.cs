using System.Diagnostics;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>Email from a module's outbox to a real SMTP server (aiosmtpd writing a maildir).</summary>
public sealed class SmtpEmailTests
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task An_email_put_in_the_outbox_reaches_the_smtp_server()
    {
        TestServices.Require(File.Exists(Python) && await HasAiosmtpdAsync(), "The SMTP sink (python3-aiosmtpd)");
        var port = TestServices.FreePort();
        var mailbox = Path.Combine(TestServices.TempFolder("smtp"), "maildir");
        using var sink = Process.Start(new ProcessStartInfo(Python, $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Mailbox {mailbox}"))!;
        try
        {
            await TestServices.Eventually(() => Task.FromResult(TestServices.IsListening(port)), TimeSpan.FromSeconds(20), "the SMTP sink to listen");
            await using var modules = await ModulesHost.StartAsync(new()
            {
                ["Email:Delivery"] = "Smtp",
                ["Email:SmtpHost"] = "127.0.0.1",
                ["Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            await using (var scope = modules.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
                db.AddToOutbox(new EmailRequested("sofia.lindqvist@valdora.example", "Sofia Lindqvist",
                    "Your briefing for Interim Head of Quality", "Please tell us what success looks like."), TimeProvider.System);
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            var delivered = Path.Combine(mailbox, "new");
            await TestServices.Eventually(() => Task.FromResult(Directory.Exists(delivered) && Directory.EnumerateFiles(delivered).Any()),
                TimeSpan.FromSeconds(30), "the email in the SMTP sink's mailbox");
            var email = await File.ReadAllTextAsync(Directory.EnumerateFiles(delivered).Single(), TestContext.Current.CancellationToken);
            email.ShouldContain("To: Sofia Lindqvist <sofia.lindqvist@valdora.example>");
            email.ShouldContain("Subject: Your briefing for Interim Head of Quality");
            email.ShouldContain("Please tell us what success looks like.");
        }
        finally
        {
            sink.Kill();
        }
    }

    private static async Task<bool> HasAiosmtpdAsync()
    {
        using var probe = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
        await probe.WaitForExitAsync();
        return probe.ExitCode == 0;
    }
}
