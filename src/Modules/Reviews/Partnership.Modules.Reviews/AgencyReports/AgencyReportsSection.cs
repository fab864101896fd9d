using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.AgencyReports;

/// <summary>What the review page's agency reports section (<c>AgencyReports/_AgencyReports.cshtml</c>) shows: the user's agency's only, unless they see all.</summary>
internal sealed record AgencyReportsSection(Review Review, IReadOnlyList<AgencyReportRow> Reports, bool CanRequest);
