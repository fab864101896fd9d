using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnership.SharedKernel.Forms;

namespace Partnership.SharedKernel.Validation;

public static class ModelStateExtensions
{
    /// <summary>Copies a validation failure into a page's model state, for its error summary.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception)
    {
        foreach (var (field, messages) in exception.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }

    /// <summary>
    /// Copies a validation failure into a page's model state, putting the messages about
    /// <paramref name="dateField"/> on the boxes of the date input <paramref name="dateInputName"/>.
    /// </summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string dateField, DateInput date, string dateInputName)
    {
        foreach (var (field, messages) in exception.Errors)
        {
            foreach (var message in messages)
            {
                if (field == dateField)
                {
                    date.Fail(modelState, dateInputName, message);
                }
                else
                {
                    modelState.AddModelError(field, message);
                }
            }
        }
    }
}
