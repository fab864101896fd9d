using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Partnership.Host.Pages;

/// <summary>Unhandled exceptions end here: a GOV.UK page for a screen, ProblemDetails for the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Reference { get; private set; } = "";

    public IActionResult OnGet() => Respond();

    public IActionResult OnPost() => Respond();

    private IActionResult Respond()
    {
        Reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        var originalPath = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? "";
        if (ErrorResponses.IsApiPath(originalPath))
        {
            return ErrorResponses.Problem(StatusCodes.Status500InternalServerError, "An unexpected error happened. Nothing was saved.", Reference);
        }
        return Page();
    }
}
