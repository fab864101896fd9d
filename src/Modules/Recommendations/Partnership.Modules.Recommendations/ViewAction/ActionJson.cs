using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.ViewAction;

/// <summary>One action as the API shows it.</summary>
internal static class ActionJson
{
    public static object From(ActionDetails details)
    {
        var action = details.Action;
        return new
        {
            action.Id,
            Source = new { details.Source.Id, details.Source.Reference, details.Source.Title, Kind = details.Source.Kind.ToString(), details.Source.SourceDate, details.Source.ReviewId },
            Recommendation = new
            {
                details.Recommendation.Id,
                details.Recommendation.Number,
                details.Recommendation.Text,
                details.Recommendation.MultiAgency,
                Timescale = Timescales.Describe(details.Recommendation.Timescale, details.Recommendation.TimescaleMonths, details.Recommendation.TimescaleDate),
                details.Recommendation.DueOn,
            },
            action.Number,
            action.Description,
            LeadAgency = new { Id = action.AgencyId, Name = details.LeadAgency },
            action.LeadOfficer,
            action.LeadOfficerRole,
            action.Evidence,
            action.ExpectedOutcome,
            action.DueOn,
            Status = action.Status.ToString(),
            action.Completed,
            details.Overdue,
            ProposedStatus = details.Pending?.ProposedStatus.ToString(),
            details.UpdatesRecorded,
            action.Version,
            History = details.History.Select(c => new { From = c.From?.ToString(), To = c.To.ToString(), c.Completed, c.Why, c.ChangedBy, c.ChangedAt }),
            Updates = details.Updates.Select(u => new
            {
                u.Id,
                u.Sequence,
                u.ReportedOn,
                u.Narrative,
                u.Impact,
                ProposedStatus = u.ProposedStatus.ToString(),
                u.ProposedCompleted,
                State = u.State.ToString(),
                u.VerifierComment,
                u.RecordedBy,
                u.Version,
                Evidence = u.Evidence.Select(e => new { e.DocumentId, e.FileName, e.Size, Download = $"/api/recommendations/evidence/{e.DocumentId}" }),
            }),
        };
    }
}
