using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>One row of a plan as text: as read from the sheet through a <see cref="ColumnMap"/>, or as the user corrected it.</summary>
internal sealed record PlanRow(int Row, string? Recommendation, string? KeyAction, string? Evidence, string? ExpectedOutcome, string? LeadOfficer, string? LeadAgency, string? DueDate)
{
    public string? this[PlanField field] => field switch
    {
        PlanField.Recommendation => Recommendation,
        PlanField.KeyAction => KeyAction,
        PlanField.Evidence => Evidence,
        PlanField.ExpectedOutcome => ExpectedOutcome,
        PlanField.LeadOfficer => LeadOfficer,
        PlanField.LeadAgency => LeadAgency,
        _ => DueDate,
    };

    public PlanRow With(PlanField field, string? value) => field switch
    {
        PlanField.Recommendation => this with { Recommendation = value },
        PlanField.KeyAction => this with { KeyAction = value },
        PlanField.Evidence => this with { Evidence = value },
        PlanField.ExpectedOutcome => this with { ExpectedOutcome = value },
        PlanField.LeadOfficer => this with { LeadOfficer = value },
        PlanField.LeadAgency => this with { LeadAgency = value },
        _ => this with { DueDate = value },
    };
}

/// <summary>A row checked: the recommendation it belongs to, its lead agency and due date when they could be read, and its errors by field.</summary>
internal sealed record CheckedRow(
    PlanRow Input,
    int RecommendationIndex,
    string RecommendationText,
    bool ContinuesRecommendation,
    Guid? AgencyId,
    string? AgencyName,
    string LeadOfficer,
    DateOnly? DueOn,
    IReadOnlyDictionary<PlanField, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Turns a sheet's rows into plan rows and checks them all, so every error can be shown at once.</summary>
internal static class PlanPreview
{
    public static List<PlanRow> Rows(PlanSheet sheet, ColumnMap map) =>
        [.. sheet.Rows.Select(r => new PlanRow(
            r.Number,
            r.Cell(map[PlanField.Recommendation]),
            r.Cell(map[PlanField.KeyAction]),
            r.Cell(map[PlanField.Evidence]),
            r.Cell(map[PlanField.ExpectedOutcome]),
            r.Cell(map[PlanField.LeadOfficer]),
            r.Cell(map[PlanField.LeadAgency]),
            r.Cell(map[PlanField.DueDate])))];

    /// <summary>
    /// Checks every row. A recommendation left blank or repeated (cells merged in Excel) continues the one
    /// above. The lead agency is the row's agency text, or else the agency its lead officer's text names.
    /// </summary>
    public static List<CheckedRow> Check(IReadOnlyList<PlanRow> rows, AgencyNames agencies, DateOnly sourceDate)
    {
        var checkedRows = new List<CheckedRow>(rows.Count);
        var current = "";
        var index = -1;
        foreach (var row in rows)
        {
            var errors = new Dictionary<PlanField, string>();
            var text = row.Recommendation?.Trim() ?? "";
            var continues = index >= 0 && (text.Length == 0 || text == current);
            if (!continues)
            {
                if (text.Length == 0)
                {
                    errors[PlanField.Recommendation] = "Enter the recommendation this action is for";
                }
                else if (text.Length > 4000)
                {
                    errors[PlanField.Recommendation] = "The recommendation must be 4000 characters or fewer";
                }
                else
                {
                    current = text;
                    index++;
                }
            }
            var action = row.KeyAction?.Trim() ?? "";
            if (action.Length == 0)
            {
                errors[PlanField.KeyAction] = "Enter the key action";
            }
            else if (action.Length > 4000)
            {
                errors[PlanField.KeyAction] = "The key action must be 4000 characters or fewer";
            }
            if (row.Evidence?.Trim().Length > 4000)
            {
                errors[PlanField.Evidence] = "The evidence must be 4000 characters or fewer";
            }
            if (row.ExpectedOutcome?.Trim().Length > 4000)
            {
                errors[PlanField.ExpectedOutcome] = "The expected outcome must be 4000 characters or fewer";
            }

            var officer = row.LeadOfficer?.Trim() ?? "";
            Guid? agencyId = null;
            string? agencyName = null;
            var agencyText = row.LeadAgency?.Trim() ?? "";
            if (agencyText.Length > 0)
            {
                if (agencies.Find(agencyText) is { } agency)
                {
                    (agencyId, agencyName) = (agency.Id, agency.Name);
                }
                else
                {
                    errors[PlanField.LeadAgency] = $"No agency of the partnership is called \u201c{agencyText}\u201d: enter an agency's name";
                }
            }
            else if (agencies.FromOfficer(officer) is { } named)
            {
                (agencyId, agencyName) = (named.Agency.Id, named.Agency.Name);
                officer = named.Officer.Length > 0 ? named.Officer : officer;
            }
            else
            {
                errors[PlanField.LeadAgency] = officer.Length > 0
                    ? $"\u201c{officer}\u201d names no agency of the partnership: enter the lead agency"
                    : "Enter the lead agency";
            }
            if (officer.Length == 0)
            {
                errors[PlanField.LeadOfficer] = "Enter the lead officer";
            }
            else if (officer.Length > 200)
            {
                errors[PlanField.LeadOfficer] = "The lead officer must be 200 characters or fewer";
            }

            var dueText = row.DueDate?.Trim() ?? "";
            var due = PlanDates.Read(dueText, sourceDate);
            if (dueText.Length == 0)
            {
                errors[PlanField.DueDate] = "Enter the due date";
            }
            else if (due is null)
            {
                errors[PlanField.DueDate] = $"\u201c{dueText}\u201d is not a date: enter one, such as 31/12/2010, October 2010 or Immediately";
            }
            else if (due < sourceDate)
            {
                errors[PlanField.DueDate] = $"The due date cannot be before the source's date, {UkTime.Date(sourceDate)}";
            }
            checkedRows.Add(new CheckedRow(row, index, continues || index < 0 ? current : text, continues, agencyId, agencyName, officer, due, errors));
        }
        return checkedRows;
    }
}
