using Partnership.Host.Startup;

try
{
    var app = PartnershipApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (StartupException exception)
{
    await Console.Error.WriteLineAsync($"Partnership Hub cannot start: {exception.Message}");
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
