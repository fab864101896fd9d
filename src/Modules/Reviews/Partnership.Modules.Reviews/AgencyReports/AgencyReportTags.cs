namespace Partnership.Modules.Reviews.AgencyReports;

/// <summary>GOV.UK tag colours for a report's state, the same on every screen.</summary>
internal static class AgencyReportTags
{
    public static string TagClass(this AgencyReportState state) => state switch
    {
        AgencyReportState.Requested => "govuk-tag--blue",
        AgencyReportState.Submitted => "govuk-tag--yellow",
        AgencyReportState.ChangesRequested => "govuk-tag--orange",
        AgencyReportState.Accepted => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
