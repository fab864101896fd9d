namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>The processes that hold a review's publication.</summary>
internal enum ParallelProcess
{
    CoronersInquest,
    PoliceInvestigation,
    CriminalTrial,
    FamilyCourt,
}

internal static class ParallelProcesses
{
    public static string DisplayName(this ParallelProcess process) => process switch
    {
        ParallelProcess.CoronersInquest => "Coroner's inquest",
        ParallelProcess.PoliceInvestigation => "Police investigation",
        ParallelProcess.CriminalTrial => "Criminal trial",
        ParallelProcess.FamilyCourt => "Family court proceedings",
        _ => process.ToString(),
    };
}
