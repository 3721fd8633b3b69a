using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>Email from a module's outbox to a real SMTP server (aiosmtpd writing a maildir).</summary>
public sealed class SmtpEmailTests
{
    [Fact]
    public async Task An_email_put_in_the_outbox_reaches_the_smtp_server()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var modules = await ModulesHost.StartAsync(new()
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        await using (var scope = modules.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
            db.AddToOutbox(new EmailRequested("sofia.lindqvist@valdora.example", "Sofia Lindqvist",
                "Your briefing for Interim Head of Quality", "Please tell us what success looks like."), TimeProvider.System);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var email = await sink.EmailContainingAsync("Please tell us what success looks like.");
        email.ShouldContain("To: Sofia Lindqvist <sofia.lindqvist@valdora.example>");
        email.ShouldContain("Subject: Your briefing for Interim Head of Quality");
    }
}
