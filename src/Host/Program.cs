using Partnership.Host.Reporting.Model;
using Partnership.Host.Startup;

try
{
    if (ReportingModelCommand.Folder(args) is { } folder)
    {
        ReportingModelCommand.Run(args, folder);
        return 0;
    }
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
