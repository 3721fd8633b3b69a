using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web;

/// <summary>How requests reach the app: through the configured TLS proxies only, over HTTPS outside Development, and no larger than the limit.</summary>
internal static class Transport
{
    public static WebApplicationBuilder AddTransport(this WebApplicationBuilder builder, SecurityOptions security)
    {
        var services = builder.Services;
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Only the configured proxies are believed: not even loopback, which is trusted by default. With no proxy listed,
            // nothing is (an empty list would make the middleware believe everyone).
            forwarded.ForwardedHeaders = security.Proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in security.Proxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = security.MaxRequestBodyBytes);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.BufferBodyLengthLimit = security.MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = security.MaxRequestBodyBytes;
            form.ValueCountLimit = 1024;
        });
        return builder;
    }

    public static WebApplication UseTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>Kestrel enforces the limit on the wire; this answers the same wherever the app is hosted.</summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var maxBody = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBody)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
        return app;
    }
}
