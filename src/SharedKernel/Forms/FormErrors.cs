using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Partnership.SharedKernel.Forms;

/// <summary>
/// GOV.UK's error state for a form: a field's group class and the id its message carries, and the order
/// of the error summary. The host's and every module's pages use it.
/// </summary>
public static class FormErrors
{
    public static string? FirstError(this ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string GroupClass(this ModelStateDictionary state, string field) =>
        state.FirstError(field) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    public static string InputClass(this ModelStateDictionary state, string field, string classes) =>
        state.FirstError(field) is null ? classes : classes + " " + ErrorClassFor(classes);

    /// <summary>The ids an input is described by (its hint, its error message), or null for none, which leaves the attribute out.</summary>
    public static string? DescribedBy(this ModelStateDictionary state, string field, bool hasHint = false)
    {
        var ids = string.Join(' ', new[] { hasHint ? field + "-hint" : null, state.FirstError(field) is null ? null : field + "-error" }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    public const string ErrorOrder = "ErrorOrder";

    /// <summary>
    /// Lists the error summary's messages in the order of the fields on the page, as GOV.UK asks; the
    /// model state itself keeps its keys in an order of its own.
    /// </summary>
    public static void ListErrorsInOrder(this ViewDataDictionary viewData, params string[] fields) => viewData[ErrorOrder] = fields;

    private static string ErrorClassFor(string classes) =>
        classes.Contains("govuk-select", StringComparison.Ordinal) ? "govuk-select--error"
        : classes.Contains("govuk-textarea", StringComparison.Ordinal) ? "govuk-textarea--error"
        : "govuk-input--error";
}
