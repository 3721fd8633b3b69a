using InterimExchange.BuildingBlocks.Email;
using InterimExchange.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>The configured email sender against a real SMTP server (aiosmtpd writing a maildir).</summary>
public sealed class SmtpEmailTests
{
    [Fact]
    public async Task With_SMTP_configured_an_email_reaches_the_smtp_server()
    {
        await using var sink = await SmtpSink.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection().AddEmail(configuration).BuildServiceProvider();

        var id = Guid.CreateVersion7();
        await services.GetRequiredService<IEmailSender>().SendAsync(new EmailRequested("sofia.lindqvist@valdora.example", "Sofia Lindqvist",
            "Your briefing for Interim Head of Quality", "Please tell us what success looks like."), id, TestContext.Current.CancellationToken);

        var email = await sink.EmailContainingAsync("Please tell us what success looks like.");
        email.ShouldContain("To: Sofia Lindqvist <sofia.lindqvist@valdora.example>");
        email.ShouldContain("Subject: Your briefing for Interim Head of Quality");
        // Sent again after a restart, it carries the same Message-ID, by which mail programs show it once.
        email.ShouldContain($"Message-Id: <{id:N}@interimexchange.example>");
    }
}
