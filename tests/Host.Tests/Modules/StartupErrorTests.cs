using System.Diagnostics;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Modules;

/// <summary>The host as an operator starts it: a misconfiguration gets a clear message and a non-zero exit.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task A_misspelt_module_name_is_refused_with_the_setting_to_change()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();

        var (exitCode, errors) = await RunHost(database.ConnectionString, ("Modules__Houzing__Enabled", "false"));

        exitCode.ShouldBe(1);
        errors.ShouldContain("Modules:Houzing");
        errors.ShouldContain("Known modules:");
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unreachable_database_is_reported_with_the_setting_to_change()
    {
        var (exitCode, errors) = await RunHost("Host=127.0.0.1;Port=1;Username=postgres;Database=nowhere;Timeout=3");

        exitCode.ShouldBe(1);
        errors.ShouldContain("ConnectionStrings__Partnership");
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_missing_database_is_reported_with_the_setting_to_change()
    {
        var missing = new TestDatabase().ConnectionString;

        var (exitCode, errors) = await RunHost(missing);

        exitCode.ShouldBe(1);
        errors.ShouldContain("does not exist");
        errors.ShouldContain("ConnectionStrings__Partnership");
    }

    [Fact]
    public async Task No_connection_string_at_all_is_reported_with_the_setting_to_change()
    {
        var (exitCode, errors) = await RunHost("");

        exitCode.ShouldBe(1);
        errors.ShouldContain("ConnectionStrings__Partnership");
    }

    /// <summary>Runs the built host as an operator would, until it exits; for start-ups that must be refused.</summary>
    internal static async Task<(int ExitCode, string Errors)> RunHost(string connectionString, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Partnership.Host.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Partnership"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host kept running instead of refusing to start. Output: " + await output);
        }
        // The operator's message goes to standard error; logs (with any stack trace) go to standard output.
        _ = await output;
        return (process.ExitCode, await errors);
    }
}
