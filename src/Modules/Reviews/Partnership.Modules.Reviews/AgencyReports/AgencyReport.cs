using System.Linq.Expressions;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.AgencyReports;

internal enum AgencyReportKind
{
    IndividualManagementReview,
    AgencySummary,
    HealthOverview,
}

internal enum AgencyReportState
{
    Requested,
    Submitted,
    ChangesRequested,
    Accepted,
}

internal static class AgencyReportNames
{
    public static string DisplayName(this AgencyReportKind kind) => kind switch
    {
        AgencyReportKind.IndividualManagementReview => "Individual management review",
        AgencyReportKind.AgencySummary => "Agency summary",
        AgencyReportKind.HealthOverview => "Health overview report",
        _ => kind.ToString(),
    };

    public static string DisplayName(this AgencyReportState state) => state switch
    {
        AgencyReportState.Requested => "Requested",
        AgencyReportState.Submitted => "Submitted",
        AgencyReportState.ChangesRequested => "Changes requested",
        AgencyReportState.Accepted => "Accepted",
        _ => state.ToString(),
    };
}

/// <summary>
/// An agency's report to a review (an individual management review, an agency summary). It belongs to the
/// agency: its lead submits it, its staff read it, other agencies never see it; the business team
/// requests, accepts it or asks for changes.
/// </summary>
internal sealed class AgencyReport : IAgencyOwned
{
    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public Guid AgencyId { get; init; }

    public AgencyReportKind Kind { get; init; }

    public AgencyReportState State { get; private set; }

    /// <summary>When the report, or its resubmission after changes were asked for, is due.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The agency's summary of its findings, as last submitted.</summary>
    public string? Text { get; private set; }

    /// <summary>The file last submitted; earlier ones stay with the steps.</summary>
    public Guid? DocumentId { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>What the business team asked to change, while changes are requested.</summary>
    public string? ChangesComment { get; private set; }

    public DateOnly RequestedOn { get; init; }

    public DateOnly? SubmittedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public List<AgencyReportStep> Steps { get; init; } = [];

    public uint Version { get; private set; }

    public bool IsOutstanding => State is AgencyReportState.Requested or AgencyReportState.ChangesRequested;

    /// <summary>Past its due date and not (re)submitted.</summary>
    public bool IsLate(DateOnly today) => IsOutstanding && today > DueOn;

    /// <summary><see cref="IsLate"/> as a condition the database evaluates.</summary>
    public static Expression<Func<AgencyReport, bool>> LateOn(DateOnly today) =>
        r => (r.State == AgencyReportState.Requested || r.State == AgencyReportState.ChangesRequested) && r.DueOn < today;

    public static AgencyReport Request(Guid id, Guid reviewId, Guid agencyId, AgencyReportKind kind, DateOnly dueOn, DateOnly today, string by, DateTimeOffset now)
    {
        var report = new AgencyReport { Id = id, ReviewId = reviewId, AgencyId = agencyId, Kind = kind, State = AgencyReportState.Requested, DueOn = dueOn, RequestedOn = today };
        report.Record(AgencyReportState.Requested, null, null, null, by, now);
        return report;
    }

    public void Submit(string text, Guid? documentId, string? fileName, DateOnly today, string by, DateTimeOffset now)
    {
        State = AgencyReportState.Submitted;
        Text = text;
        DocumentId = documentId;
        FileName = fileName;
        SubmittedOn = today;
        ChangesComment = null;
        Record(AgencyReportState.Submitted, null, documentId, fileName, by, now);
    }

    public void AskForChanges(string comment, DateOnly resubmitBy, string by, DateTimeOffset now)
    {
        State = AgencyReportState.ChangesRequested;
        ChangesComment = comment;
        DueOn = resubmitBy;
        Record(AgencyReportState.ChangesRequested, comment, null, null, by, now);
    }

    public void Accept(DateOnly today, string by, DateTimeOffset now)
    {
        State = AgencyReportState.Accepted;
        AcceptedOn = today;
        Record(AgencyReportState.Accepted, null, null, null, by, now);
    }

    private void Record(AgencyReportState state, string? comment, Guid? documentId, string? fileName, string by, DateTimeOffset at) =>
        Steps.Add(new AgencyReportStep
        {
            Id = Guid.CreateVersion7(at),
            ReportId = Id,
            AgencyId = AgencyId,
            State = state,
            DueOn = DueOn,
            Comment = comment,
            DocumentId = documentId,
            FileName = fileName,
            RecordedBy = by,
            RecordedAt = at,
        });
}

/// <summary>One step in a report's history: who requested, submitted, asked for changes or accepted it, and when.</summary>
internal sealed class AgencyReportStep : IAgencyOwned
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public Guid AgencyId { get; init; }

    public AgencyReportState State { get; init; }

    /// <summary>The due date as it stood after this step.</summary>
    public DateOnly DueOn { get; init; }

    public string? Comment { get; init; }

    public Guid? DocumentId { get; init; }

    public string? FileName { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
