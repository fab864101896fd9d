using Partnership.Host.Startup;

namespace Partnership.Host.Reporting.Model;

/// <summary>
/// <c>Partnership.Host --reporting-model &lt;folder&gt;</c>: composes the host as it would start (the
/// enabled modules, their sets), writes the reporting model and the Power Query queries, and exits
/// without touching a database.
/// </summary>
internal static class ReportingModelCommand
{
    private const string Switch = "--reporting-model";

    public static string? Folder(string[] args)
    {
        var index = Array.IndexOf(args, Switch);
        return index < 0 ? null : index + 1 < args.Length ? args[index + 1] : throw new StartupException($"{Switch} needs the folder to write to, for example {Switch} reports");
    }

    public static void Run(string[] args, string folder)
    {
        var rest = args.Where((_, i) => i != Array.IndexOf(args, Switch) && i != Array.IndexOf(args, Switch) + 1);
        // The model needs no database; the host's composition asks for a connection string all the same.
        var app = PartnershipApp.Build([.. rest, "--ConnectionStrings:Partnership=Host=unused"]);
        var model = app.Services.GetRequiredService<ReportingModel>();
        ReportingModelDocuments.Write(model, folder);
        Console.WriteLine($"Wrote the reporting model of {model.Sets.Count} sets to {Path.GetFullPath(folder)}");
    }
}
