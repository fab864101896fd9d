using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.SharedKernel.Access;

namespace Partnership.Host.Pages;

/// <summary>Unhandled exceptions end here: a GOV.UK page for a screen, ProblemDetails for the API.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Reference { get; private set; } = "";

    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public bool Denied { get; private set; }

    public IActionResult OnGet() => Respond();

    public IActionResult OnPost() => Respond();

    private IActionResult Respond()
    {
        var failure = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>();
        if (failure?.Error is AccessDeniedException denied)
        {
            Denied = true;
            Response.StatusCode = Startup.AccessDeniedExceptionHandler.StatusFor(denied);
            Heading = Response.StatusCode == StatusCodes.Status404NotFound ? "Page not found" : "You do not have access to this page";
            return Page();
        }
        Reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        var originalPath = failure?.Path ?? "";
        if (ErrorResponses.IsApiPath(originalPath))
        {
            return ErrorResponses.Problem(StatusCodes.Status500InternalServerError, "An unexpected error happened. Nothing was saved.", Reference);
        }
        return Page();
    }
}
