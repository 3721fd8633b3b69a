using Microsoft.AspNetCore.Hosting;

namespace InterimExchange.Testing;

/// <summary>The app sending its email to a real SMTP server.</summary>
public sealed class SmtpPortalFactory : PortalFactory, IAsyncLifetime
{
    public SmtpSink Sink { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Sink = await SmtpSink.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Delivery", "Smtp");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
