using Microsoft.AspNetCore.Mvc.ModelBinding;

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
}
