using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.ThematicAnalysis;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.Themes;

/// <summary>The period the analysis pages share: two GOV.UK date inputs, last calendar year when both are empty.</summary>
internal abstract class AnalysisForm(TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = nameof(From))]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = nameof(To))]
    public DateInput To { get; set; } = new();

    /// <summary>The period read from the form; null when it has a mistake, which the error summary shows.</summary>
    protected AnalysisPeriod? ReadPeriod()
    {
        var from = From.Read(ModelState, nameof(From), "The start of the period", null);
        var to = To.Read(ModelState, nameof(To), "The end of the period", null);
        if (!ModelState.IsValid)
        {
            return null;
        }
        try
        {
            var period = AnalysisPeriod.Read(from, to, time);
            (From, To) = (DateInput.Of(period.From), DateInput.Of(period.To));
            return period;
        }
        catch (ValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                (field == "from" ? From : To).Fail(ModelState, field == "from" ? nameof(From) : nameof(To), messages[0]);
            }
            return null;
        }
    }

    public static string Link(string path, AnalysisPeriod period, Guid? theme = null, ReviewType? type = null, Guid? agency = null)
    {
        var query = new QueryBuilder();
        if (theme is { } themeId)
        {
            query.Add("theme", themeId.ToString());
        }
        if (type is { } reviewType)
        {
            query.Add("type", reviewType.ToString());
        }
        if (agency is { } agencyId)
        {
            query.Add("agency", agencyId.ToString());
        }
        foreach (var (name, date) in new[] { (nameof(From), period.From), (nameof(To), period.To) })
        {
            query.Add($"{name}.Day", date.Day.ToString(CultureInfo.InvariantCulture));
            query.Add($"{name}.Month", date.Month.ToString(CultureInfo.InvariantCulture));
            query.Add($"{name}.Year", date.Year.ToString(CultureInfo.InvariantCulture));
        }
        return path + query.ToQueryString();
    }
}
