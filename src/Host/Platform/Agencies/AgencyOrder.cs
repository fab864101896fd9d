namespace Partnership.Host.Platform.Agencies;

internal static class AgencyOrder
{
    /// <summary>By name as people read it, whatever the case ("CXL Connexions" among the Bs and Cs, not before them).</summary>
    public static IOrderedQueryable<Agency> ByName(this IQueryable<Agency> agencies) =>
#pragma warning disable CA1304, CA1311 // EF Core runs this as PostgreSQL's lower(); no .NET culture takes part.
        agencies.OrderBy(a => a.Name.ToLower()).ThenBy(a => a.Id);
#pragma warning restore CA1304, CA1311
}
