using System.Diagnostics;
using InterimExchange.Testing;

namespace InterimExchange.Web.Tests;

/// <summary>The docker/ folder stays valid, checked without a Docker engine.</summary>
public sealed class DeploymentTests
{
    private static string Repository { get; } = FindRepository();

    [Fact]
    public async Task The_compose_file_is_valid()
    {
        var compose = await FirstWorkingAsync(("docker", "compose version"), ("docker-compose", "version"));
        TestServices.Require(compose is not null, "docker compose (or Debian's docker-compose)");

        var arguments = $"{(compose!.Value.Tool == "docker" ? "compose " : "")}-f docker/docker-compose.yml config";
        var certificate = Path.Combine(TestServices.TempFolder("compose"), "data-protection.pfx");
        await File.WriteAllTextAsync(certificate, "not read by config", TestContext.Current.CancellationToken);
        var secrets = new Dictionary<string, string>
        {
            ["MSSQL_SA_PASSWORD"] = "Server-Admin-Secret-1", ["DB_PASSWORD"] = "App-Login-Secret-1", ["RABBITMQ_PASSWORD"] = "Broker-Secret-1",
            ["DATA_PROTECTION_CERTIFICATE"] = certificate, ["DATA_PROTECTION_CERTIFICATE_PASSWORD"] = "Pfx-Secret-1",
            ["OIDC_SIGNING_CERTIFICATE"] = certificate, ["OIDC_SIGNING_CERTIFICATE_PASSWORD"] = "Pfx-Secret-2",
            ["OIDC_ENCRYPTION_CERTIFICATE"] = certificate, ["OIDC_ENCRYPTION_CERTIFICATE_PASSWORD"] = "Pfx-Secret-3",
        };

        var (exitCode, output) = await RunAsync(compose.Value.Tool, arguments, secrets);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Database__Provider: SqlServer");
        output.ShouldContain("Messaging__Transport: RabbitMq");
        output.ShouldContain("User Id=interimexchange;Password=App-Login-Secret-1");
        output.ShouldContain("Messaging__Username: interimexchange");
        output.ShouldContain("Security__KeyCertificatePath: /run/secrets/data-protection.pfx");
        output.ShouldContain("Oidc__SigningCertificatePath: /run/secrets/oidc-signing.pfx");
        output.ShouldContain("Oidc__EncryptionCertificatePath: /run/secrets/oidc-encryption.pfx");
        output.ShouldNotContain("guest");
        output.ShouldNotContain("User Id=sa");
        foreach (var port in new[] { "15672", "5672", "1433" })
        {
            System.Text.RegularExpressions.Regex.IsMatch(output, $"published: \"?{port}\"?\\s").ShouldBeFalse($"port {port} is not published");
        }

        var (withoutSecrets, refusal) = await RunAsync(compose.Value.Tool, arguments, secrets.ToDictionary(s => s.Key, _ => ""));
        withoutSecrets.ShouldNotBe(0, "the compose file has no default secret: it refuses to run without them");
        refusal.ShouldContain("set ");
    }

    private static async Task<(string Tool, string Probe)?> FirstWorkingAsync(params (string Tool, string Probe)[] candidates)
    {
        foreach (var candidate in candidates)
        {
            try
            {
                if ((await RunAsync(candidate.Tool, candidate.Probe)).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, string arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    internal static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "InterimExchange.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
