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

        var (exitCode, output) = await RunAsync(compose!.Value.Tool, $"{(compose.Value.Tool == "docker" ? "compose " : "")}-f docker/docker-compose.yml config");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Database__Provider: SqlServer");
        output.ShouldContain("Messaging__Transport: RabbitMq");
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

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "InterimExchange.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
